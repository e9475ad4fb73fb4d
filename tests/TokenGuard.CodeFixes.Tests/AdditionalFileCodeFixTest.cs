using System.Collections.Generic;
using System.Collections.Immutable;
using System.IO;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeActions;
using Microsoft.CodeAnalysis.CodeFixes;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Text;

namespace TokenGuard.Tests
{
    /// <summary>
    /// A code-fix test for diagnostics located in additional files (appsettings*.json). Microsoft.CodeAnalysis.Testing
    /// never hands those to a fix (dotnet/roslyn-sdk#579), so this does what the IDE does since Roslyn 4.4: the
    /// fix gets a CodeFixContext on the AdditionalDocument. Fixes are applied one at a time until none is
    /// offered; then the additional files must read as <see cref="FixedAdditionalFiles"/>, byte for byte.
    /// </summary>
    public sealed class AdditionalFileCodeFixTest<TAnalyzer, TCodeFix>
        where TAnalyzer : DiagnosticAnalyzer, new()
        where TCodeFix : CodeFixProvider, new()
    {
        private const int MaxIterations = 20;

        public List<(string Path, string Text)> AdditionalFiles { get; } = new List<(string Path, string Text)>();

        public List<(string Path, string Text)> FixedAdditionalFiles { get; } = new List<(string Path, string Text)>();

        /// <summary>The fix to apply when several are offered; the first otherwise.</summary>
        public string? CodeActionEquivalenceKey { get; set; }

        /// <summary>Checks each applied action, e.g. its title.</summary>
        public System.Action<CodeAction>? CodeActionVerifier { get; set; }

        public async Task RunAsync()
        {
            TokenGuard.CodeFixes.ManifestDocument.Today = () => CodeFixTest<TAnalyzer, TCodeFix>.Today;
            using var workspace = new AdhocWorkspace();
            ProjectId projectId = ProjectId.CreateNewId();
            Solution solution = workspace.CurrentSolution
                .AddProject(ProjectInfo.Create(projectId, VersionStamp.Default, "TestProject", "TestProject", LanguageNames.CSharp, filePath: "/0/TestProject.csproj")
                    .WithCompilationOptions(new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary))
                    .WithMetadataReferences(new[] { MetadataReference.CreateFromFile(typeof(object).Assembly.Location) }))
                .AddDocument(DocumentId.CreateNewId(projectId), "Test0.cs", SourceText.From("class C { }"), filePath: "/0/Test0.cs");
            foreach ((string path, string text) in AdditionalFiles)
            {
                solution = solution.AddAdditionalDocument(DocumentId.CreateNewId(projectId), Path.GetFileName(path), SourceText.From(text), filePath: path);
            }

            var fix = new TCodeFix();
            int iterations = 0;
            while (await FixOneAsync(solution.GetProject(projectId)!, fix) is Solution fixedSolution)
            {
                Assert.True(++iterations <= MaxIterations, "the fix keeps offering changes");
                solution = fixedSolution;
            }

            Assert.True(iterations > 0, "no fix was applied");
            Project project = solution.GetProject(projectId)!;
            Assert.Equal(FixedAdditionalFiles.Select(f => f.Path).OrderBy(p => p), project.AdditionalDocuments.Select(d => d.FilePath!).OrderBy(p => p));
            foreach ((string path, string expected) in FixedAdditionalFiles)
            {
                SourceText actual = await project.AdditionalDocuments.Single(d => d.FilePath == path).GetTextAsync();
                Assert.Equal(expected, actual.ToString());
            }
        }

        /// <summary>The solution after the first offered fix of the first fixable diagnostic, or null when none is offered.</summary>
        private async Task<Solution?> FixOneAsync(Project project, TCodeFix fix)
        {
            Compilation compilation = (await project.GetCompilationAsync())!;
            ImmutableArray<Diagnostic> diagnostics = await compilation
                .WithAnalyzers(ImmutableArray.Create<DiagnosticAnalyzer>(new TAnalyzer()), project.AnalyzerOptions)
                .GetAnalyzerDiagnosticsAsync();
            Assert.DoesNotContain(diagnostics, d => d.Id == "AD0001");

            foreach (Diagnostic diagnostic in diagnostics.Where(d => fix.FixableDiagnosticIds.Contains(d.Id)))
            {
                TextDocument document = project.AdditionalDocuments.Single(d => d.FilePath == diagnostic.Location.GetLineSpan().Path);
                var actions = new List<CodeAction>();
                await fix.RegisterCodeFixesAsync(new CodeFixContext(document, diagnostic, (action, _) => actions.Add(action), CancellationToken.None));
                CodeAction? chosen = CodeActionEquivalenceKey is null ? actions.FirstOrDefault() : actions.FirstOrDefault(a => a.EquivalenceKey == CodeActionEquivalenceKey);
                if (chosen is null) continue;

                CodeActionVerifier?.Invoke(chosen);
                ImmutableArray<CodeActionOperation> operations = await chosen.GetOperationsAsync(CancellationToken.None);
                return operations.OfType<ApplyChangesOperation>().Single().ChangedSolution;
            }

            return null;
        }
    }
}
