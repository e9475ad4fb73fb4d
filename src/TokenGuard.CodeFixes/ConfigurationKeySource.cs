using System.Collections.Generic;
using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using TokenGuard.Detection;
using TokenGuard.Manifest;
using static Microsoft.CodeAnalysis.CSharp.SyntaxFactory;

namespace TokenGuard.CodeFixes
{
    /// <summary>
    /// A configuration key read through the <c>IConfiguration</c> in scope (<c>_configuration["Stripe:ApiKey"]</c>).
    /// The key comes from the receiving symbol's words: the first word is the section when it names a
    /// system (<c>StripeApiKey</c> → <c>Stripe:ApiKey</c>); when it only names a kind of secret (api, key,
    /// token, client …) or is the only word, the section is the containing type without its role suffix
    /// (<c>apiKey</c> in <c>PaymentClient</c> → <c>Payment:ApiKey</c>).
    /// </summary>
    internal sealed class ConfigurationKeySource : SecretSource
    {
        // Role suffixes that say what a type does, not which system it talks to.
        private static readonly string[] RoleSuffixes =
        {
            "Client", "Service", "Options", "Settings", "Configuration", "Config", "Provider", "Handler", "Gateway",
            "Repository", "Factory", "Controller", "Manager", "Connector", "Adapter", "Api", "Sdk",
        };

        private readonly string _configuration;

        private ConfigurationKeySource(string configuration, string key)
        {
            _configuration = configuration;
            Key = key;
        }

        public string Key { get; }

        public override string Title => $"Read it from the {Key} configuration key and register it in tokens.yaml";

        public override TokenUsageRequest Usage => new TokenUsageRequest(TokenUsage.ConfigurationKind, Key);

        // Key is letters, digits and ':', safe inside a string literal.
        public override ExpressionSyntax Read() => ParseExpression(
            _configuration + "[\"" + Key + "\"] ?? throw new System.InvalidOperationException(\"Set the " + Key + " configuration key (see tokens.yaml)\")");

        /// <summary>The source for <paramref name="replacement"/>, or null when no <c>IConfiguration</c> is in scope.</summary>
        public static ConfigurationKeySource? Create(SecretReplacement replacement, SemanticModel model)
        {
            if (!(ConfigurationInScope.Find(replacement.Expression, model) is ISymbol configuration)) return null;
            string name = SyntaxFacts.GetKeywordKind(configuration.Name) == SyntaxKind.None ? configuration.Name : "@" + configuration.Name;
            // Top-level statements compile into Program.
            string? typeName = replacement.Expression.FirstAncestorOrSelf<BaseTypeDeclarationSyntax>()?.Identifier.ValueText;
            return new ConfigurationKeySource(name, KeyFor(replacement.ReceiverWords, string.IsNullOrEmpty(typeName) ? "Program" : typeName!));
        }

        internal static string KeyFor(IReadOnlyList<string> words, string typeName)
        {
            bool firstNamesSystem = words.Count > 1 && !SecretNames.IsKindWord(words[0].ToLowerInvariant());
            return firstNamesSystem
                ? IdentifierWords.ToPascal(words.Take(1)) + ":" + IdentifierWords.ToPascal(words.Skip(1))
                : SectionOf(typeName) + ":" + IdentifierWords.ToPascal(words);
        }

        private static string SectionOf(string typeName)
        {
            string? suffix = RoleSuffixes.FirstOrDefault(s => typeName.Length > s.Length && typeName.EndsWith(s, System.StringComparison.Ordinal));
            return suffix is null ? typeName : typeName.Substring(0, typeName.Length - suffix.Length);
        }
    }
}
