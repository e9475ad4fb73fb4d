using System.Collections.Generic;
using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Text;
using TokenGuard.Analyzers;
using TokenGuard.Manifest;

namespace TokenGuard.Cli
{
    /// <summary>
    /// Token usages in one C# file, from its syntax tree: the reads <see cref="TokenReadSyntax"/> recognises (the
    /// analyzers' resolution, as far as syntax goes), with keys folded by <see cref="SameFileConstants"/>, kept when
    /// <see cref="TokenKeys.IsTokenKey"/> says the build would ask about them. Shared by <c>scan</c> (TG0003) and <c>init</c>.
    /// </summary>
    internal static class CSharpUsageFinder
    {
        private static readonly CSharpParseOptions ParseOptions = new CSharpParseOptions(LanguageVersion.Preview, DocumentationMode.None);

        /// <summary>Every token-key read in the file (none if the parser cannot read it in linear time).</summary>
        public static IEnumerable<TextUsage> Find(string text) =>
            ParseBudget.IsTractable(text) ? Find(CSharpSyntaxTree.ParseText(text, ParseOptions).GetRoot()) : Enumerable.Empty<TextUsage>();

        public static IEnumerable<TextUsage> Find(SyntaxNode root) => Reads(root).Select(read => Usage(read, read.KeyLocation.SourceSpan.Start));

        /// <summary>TG0003: the reads no manifest entry lists, matched as the analyzer matches them.</summary>
        public static IEnumerable<ScanFinding> Unregistered(string relative, SyntaxTree tree, UsageMatcher manifest) =>
            Reads(tree.GetRoot())
                .Where(read => TokenKeys.EntryFor(manifest, read) is null)
                .Select(read =>
                {
                    LinePosition start = read.KeyLocation.GetLineSpan().StartLinePosition;
                    return ScanFinding.Unregistered(relative, start.Line + 1, start.Character + 1, Usage(read, read.KeyLocation.SourceSpan.Start));
                })
                .ToList();

        private static IEnumerable<TokenRead> Reads(SyntaxNode root) =>
            new TokenReadSyntax(new SameFileConstants(root).ValueOf).ReadsIn(root).Where(read => TokenKeys.IsTokenKey(read.Key));

        private static TextUsage Usage(TokenRead read, int offset) => new TextUsage(
            read.Kind == TokenReadKind.EnvironmentVariable ? TokenUsage.EnvironmentKind : TokenUsage.ConfigurationKind,
            read.Key,
            offset,
            inSettingsFile: false,
            prefixKnown: read.PrefixKnown);
    }
}
