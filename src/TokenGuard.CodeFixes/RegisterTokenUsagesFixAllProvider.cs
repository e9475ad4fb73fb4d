using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using Microsoft.CodeAnalysis;
using TokenGuard.Manifest;

namespace TokenGuard.CodeFixes
{
    /// <summary>Fix-all for TG0003: each project's manifest is edited once, with one usage per distinct key.</summary>
    internal sealed class RegisterTokenUsagesFixAllProvider : ManifestFixAllProvider
    {
        public static readonly RegisterTokenUsagesFixAllProvider Instance = new RegisterTokenUsagesFixAllProvider();

        protected override string TitleFor(string? equivalenceKey) => "Register all unregistered token usages in tokens.yaml";

        protected override Task<Solution> FixProjectAsync(Solution solution, ProjectId project, IReadOnlyList<(Document Document, ImmutableArray<Diagnostic> Diagnostics)> documents, string? equivalenceKey, CancellationToken cancellationToken)
        {
            // ManifestEditor skips keys already registered, so env and config forms of one key collapse.
            List<TokenUsageRequest> usages = documents
                .SelectMany(d => d.Diagnostics.Select(DiagnosticUsage.Of))
                .OfType<TokenUsageRequest>()
                .OrderBy(u => u.Name, System.StringComparer.Ordinal)
                .ToList();
            return usages.Count == 0 ? Task.FromResult(solution) : ManifestDocument.AddUsagesAsync(solution.GetProject(project)!, usages, cancellationToken);
        }
    }
}
