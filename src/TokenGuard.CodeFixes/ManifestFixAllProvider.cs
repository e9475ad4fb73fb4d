using System.Collections.Generic;
using System.Collections.Immutable;
using System.Threading;
using System.Threading.Tasks;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeActions;
using Microsoft.CodeAnalysis.CodeFixes;

namespace TokenGuard.CodeFixes
{
    /// <summary>
    /// Fix-all in a document, project or solution for fixes that also edit tokens.yaml: the built-in batch
    /// fixer merges document edits only, so diagnostics are gathered per project and each project is fixed in one go.
    /// </summary>
    internal abstract class ManifestFixAllProvider : FixAllProvider
    {
        /// <summary>The fix-all's title for the variant <paramref name="equivalenceKey"/> names.</summary>
        protected abstract string TitleFor(string? equivalenceKey);

        public override IEnumerable<FixAllScope> GetSupportedFixAllScopes() =>
            new[] { FixAllScope.Document, FixAllScope.Project, FixAllScope.Solution };

        public override Task<CodeAction?> GetFixAsync(FixAllContext fixAllContext) =>
            Task.FromResult<CodeAction?>(CodeAction.Create(
                TitleFor(fixAllContext.CodeActionEquivalenceKey),
                async cancellationToken =>
                {
                    Solution solution = fixAllContext.Solution;
                    IEnumerable<Project> projects = fixAllContext.Scope == FixAllScope.Solution ? fixAllContext.Solution.Projects : new[] { fixAllContext.Project };
                    foreach (Project project in projects)
                    {
                        IEnumerable<Document> documents = fixAllContext.Scope == FixAllScope.Document && fixAllContext.Document != null
                            ? new[] { fixAllContext.Document }
                            : project.Documents;
                        var withDiagnostics = new List<(Document, ImmutableArray<Diagnostic>)>();
                        foreach (Document document in documents)
                        {
                            ImmutableArray<Diagnostic> diagnostics = await fixAllContext.GetDocumentDiagnosticsAsync(document).ConfigureAwait(false);
                            if (!diagnostics.IsEmpty) withDiagnostics.Add((document, diagnostics));
                        }

                        if (withDiagnostics.Count == 0 || !ManifestDocument.CanEdit(solution.GetProject(project.Id)!)) continue;
                        solution = await FixProjectAsync(solution, project.Id, withDiagnostics, fixAllContext.CodeActionEquivalenceKey, cancellationToken).ConfigureAwait(false);
                    }

                    return solution;
                },
                equivalenceKey: fixAllContext.CodeActionEquivalenceKey));

        /// <summary>
        /// Applies every diagnostic of one project's documents (as they were before the fix-all) to
        /// <paramref name="solution"/>, with the variant of the fix <paramref name="equivalenceKey"/> names.
        /// </summary>
        protected abstract Task<Solution> FixProjectAsync(Solution solution, ProjectId project, IReadOnlyList<(Document Document, ImmutableArray<Diagnostic> Diagnostics)> documents, string? equivalenceKey, CancellationToken cancellationToken);
    }
}
