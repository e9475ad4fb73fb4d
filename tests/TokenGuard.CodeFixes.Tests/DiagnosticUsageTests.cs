using System.Collections.Immutable;
using System.Threading.Tasks;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Testing;
using TokenGuard.CodeFixes;
using TokenGuard.Manifest;
using Test = TokenGuard.Tests.CodeFixTest<TokenGuard.Tests.RewordedUsageAnalyzer, TokenGuard.CodeFixes.RegisterTokenUsageCodeFixProvider>;

namespace TokenGuard.Tests
{
    /// <summary>Code fixes take the usage to register from the diagnostic's properties; the message plays no part.</summary>
    public class DiagnosticUsageTests
    {
        private static readonly DiagnosticDescriptor Plain = new DiagnosticDescriptor(
            DiagnosticIds.UnregisteredUsage, title: "t", messageFormat: "{0}", category: "Test", defaultSeverity: DiagnosticSeverity.Warning, isEnabledByDefault: true);

        [Fact]
        public async Task The_register_fix_works_whatever_the_message_says()
        {
            var test = new Test
            {
                TestCode = "class C { string? M() => System.Environment.GetEnvironmentVariable({|TG0003:\"GITHUB_TOKEN\"|}); }",
                // The test analyzer ignores the manifest, so its diagnostic stays: one fix, then stop.
                FixedCode = "class C { string? M() => System.Environment.GetEnvironmentVariable({|TG0003:\"GITHUB_TOKEN\"|}); }",
                NumberOfIncrementalIterations = 1,
                NumberOfFixAllIterations = 1,
            };
            test.FixedState.MarkupHandling = MarkupMode.Allow;
            test.TestState.AdditionalFiles.Add(("/0/tokens.yaml", Manifests.Stripe));
            test.FixedState.AdditionalFiles.Add(("/0/tokens.yaml", Manifests.Stripe + ExpectedManifest.Entry("github-token", "github", "env: GITHUB_TOKEN")));
            await test.RunAsync();
        }

        [Fact]
        public void A_key_whose_section_path_is_unknown_is_not_registered_even_if_the_message_shows_it_whole()
        {
            Assert.Null(DiagnosticUsage.Of(Create("configuration key 'Stripe:WebhookSecret'", Usage(TokenUsage.ConfigurationKind, "WebhookSecret", DiagnosticProperties.False))));
            Assert.Null(DiagnosticUsage.Of(Create("configuration key 'Stripe:WebhookSecret'", Usage(TokenUsage.ConfigurationKind, "WebhookSecret", prefixKnown: null))));
        }

        [Fact]
        public void Without_usage_properties_there_is_nothing_to_register_whatever_the_message_says()
        {
            Assert.Null(DiagnosticUsage.Of(Create("Token environment variable 'GITHUB_TOKEN' has no entry in tokens.yaml", ImmutableDictionary<string, string?>.Empty)));
            Assert.Null(DiagnosticUsage.Of(Create("x", Usage("registry", "GITHUB_TOKEN", DiagnosticProperties.True))));
        }

        [Fact]
        public void The_usage_is_the_kind_and_name_the_properties_carry()
        {
            TokenUsageRequest? usage = DiagnosticUsage.Of(Create("'…:anything'", Usage(TokenUsage.ConfigurationKind, "Stripe:WebhookSecret", DiagnosticProperties.True)));
            Assert.Equal("config Stripe:WebhookSecret", usage?.Kind + " " + usage?.Name);
        }

        private static Diagnostic Create(string message, ImmutableDictionary<string, string?> properties) =>
            Diagnostic.Create(Plain, Location.None, properties, message);

        private static ImmutableDictionary<string, string?> Usage(string kind, string name, string? prefixKnown)
        {
            ImmutableDictionary<string, string?> properties = ImmutableDictionary<string, string?>.Empty
                .Add(DiagnosticProperties.UsageKind, kind)
                .Add(DiagnosticProperties.UsageName, name);
            return prefixKnown is null ? properties : properties.Add(DiagnosticProperties.PrefixKnown, prefixKnown);
        }
    }
}
