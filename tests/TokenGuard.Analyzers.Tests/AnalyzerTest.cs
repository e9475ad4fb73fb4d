using System.Threading.Tasks;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Testing;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Testing;

namespace TokenGuard.Tests
{
    /// <summary>Runs an analyzer over C# markup with an optional tokens.yaml and build properties.</summary>
    public sealed class AnalyzerTest<TAnalyzer> : CSharpAnalyzerTest<TAnalyzer, DefaultVerifier>
        where TAnalyzer : DiagnosticAnalyzer, new()
    {
        public AnalyzerTest(string source, string? manifest = null, string? globalConfig = null)
        {
            TestCode = source;
            ReferenceAssemblies = ReferenceAssemblies.Net.Net80;
            if (manifest != null) TestState.AdditionalFiles.Add(("/0/tokens.yaml", manifest));
            if (globalConfig != null) TestState.AnalyzerConfigFiles.Add(("/.globalconfig", "is_global = true\n" + globalConfig));

            // TG0006 (entry unused) and TG0010 (usage located) have tests of their own; elsewhere they are noise.
            DisabledDiagnostics.Add(DiagnosticIds.UnusedManifestEntry);
            DisabledDiagnostics.Add(DiagnosticIds.TokenUsageLocated);
        }

        protected override ParseOptions CreateParseOptions() =>
            ((CSharpParseOptions)base.CreateParseOptions()).WithLanguageVersion(LanguageVersion.CSharp12);

        public static Task RunAsync(string source, string? manifest = null, string? globalConfig = null, params DiagnosticResult[] expected)
        {
            var test = new AnalyzerTest<TAnalyzer>(source, manifest, globalConfig);
            test.ExpectedDiagnostics.AddRange(expected);
            return test.RunAsync();
        }
    }
}
