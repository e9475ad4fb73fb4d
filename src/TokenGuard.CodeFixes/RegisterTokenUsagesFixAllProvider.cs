using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using System.Threading.Tasks;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeActions;
using Microsoft.CodeAnalysis.CodeFixes;
using TokenGuard.Manifest;

namespace TokenGuard.CodeFixes
{
    /// <summary>
    /// Fix-all for TG0003 in a document, project or solution: the edit is to tokens.yaml, not to the
    /// documents, so diagnostics are gathered first and each project's manifest is edited once.
    /// </summary>
    internal sealed class RegisterTokenUsagesFixAllProvider : FixAllProvider
    {
        public static readonly RegisterTokenUsagesFixAllProvider Instance = new RegisterTokenUsagesFixAllProvider();

        public override IEnumerable<FixAllScope> GetSupportedFixAllScopes() => FixAllScopes.Supported;

        public override Task<CodeAction?> GetFixAsync(FixAllContext fixAllContext) =>
            Task.FromResult<CodeAction?>(CodeAction.Create(
                "Register all unregistered token usages in tokens.yaml",
                async cancellationToken =>
                {
                    Solution solution = fixAllContext.Solution;
                    foreach (Project project in FixAllScopes.Projects(fixAllContext))
                    {
                        var usages = new List<TokenUsageRequest>();
                        foreach (Document document in FixAllScopes.Documents(fixAllContext, project))
                        {
                            ImmutableArray<Diagnostic> diagnostics = await fixAllContext.GetDocumentDiagnosticsAsync(document).ConfigureAwait(false);
                            usages.AddRange(diagnostics.Select(RegisterTokenUsageCodeFixProvider.UsageOf).OfType<TokenUsageRequest>());
                        }

                        if (usages.Count == 0 || !ManifestDocument.CanEdit(solution.GetProject(project.Id)!)) continue;
                        // ManifestEditor skips keys already registered, so env and config forms of one key collapse.
                        solution = await ManifestDocument.AddUsagesAsync(solution.GetProject(project.Id)!, usages.OrderBy(u => u.Name, System.StringComparer.Ordinal).ToList(), cancellationToken).ConfigureAwait(false);
                    }

                    return solution;
                },
                equivalenceKey: fixAllContext.CodeActionEquivalenceKey));
    }
}
