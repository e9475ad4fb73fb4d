using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Testing;
using Microsoft.CodeAnalysis.Text;

namespace TokenGuard.Tests
{
    /// <summary>
    /// Runs analyzers over a compilation and returns what they report, Diagnostic objects and all: the testing
    /// library's DiagnosticResult compares ids, spans and arguments, not properties.
    /// </summary>
    internal static class ReportedDiagnostics
    {
        public static async Task<ImmutableArray<Diagnostic>> GetAsync(DiagnosticAnalyzer analyzer, string source, params (string Path, string Text)[] additionalFiles)
        {
            ImmutableArray<MetadataReference> references = await ReferenceAssemblies.Net.Net80.ResolveAsync(LanguageNames.CSharp, CancellationToken.None);
            Compilation compilation = CSharpCompilation.Create(
                "Reported",
                new[] { CSharpSyntaxTree.ParseText(source, new CSharpParseOptions(LanguageVersion.CSharp12), path: "/0/Test0.cs") },
                references,
                new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary, nullableContextOptions: NullableContextOptions.Enable));
            var options = new AnalyzerOptions(additionalFiles.Select(f => (AdditionalText)new InMemoryText(f.Path, f.Text)).ToImmutableArray());
            return await compilation.WithAnalyzers(ImmutableArray.Create(analyzer), options).GetAnalyzerDiagnosticsAsync();
        }

        public static Diagnostic Single(IEnumerable<Diagnostic> diagnostics, string id) => Assert.Single(diagnostics, d => d.Id == id);

        /// <summary>The properties as "key=value" lines, sorted, for one readable assertion.</summary>
        public static string[] PropertiesOf(Diagnostic diagnostic) =>
            diagnostic.Properties.OrderBy(p => p.Key, System.StringComparer.Ordinal).Select(p => p.Key + "=" + p.Value).ToArray();

        private sealed class InMemoryText : AdditionalText
        {
            private readonly SourceText _text;

            public InMemoryText(string path, string text)
            {
                Path = path;
                _text = SourceText.From(text);
            }

            public override string Path { get; }

            public override SourceText GetText(CancellationToken cancellationToken = default) => _text;
        }
    }
}
