using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using Microsoft.CodeAnalysis;

namespace TokenGuard.CodeFixes
{
    /// <summary>Fix-all for TG0001/TG0002: every document in scope is rewritten, and tokens.yaml gains each variable once.</summary>
    internal sealed class HardCodedTokensFixAllProvider : ManifestFixAllProvider
    {
        public static readonly HardCodedTokensFixAllProvider Instance = new HardCodedTokensFixAllProvider();

        protected override string Title => "Move all hard-coded tokens to environment variables and register them in tokens.yaml";

        protected override async Task<Solution> FixProjectAsync(Solution solution, ProjectId project, IReadOnlyList<(Document Document, ImmutableArray<Diagnostic> Diagnostics)> documents, CancellationToken cancellationToken)
        {
            foreach ((Document original, ImmutableArray<Diagnostic> diagnostics) in documents)
            {
                SyntaxNode? root = await original.GetSyntaxRootAsync(cancellationToken).ConfigureAwait(false);
                SemanticModel? model = await original.GetSemanticModelAsync(cancellationToken).ConfigureAwait(false);
                if (root is null || model is null) continue;
                List<SecretReplacement> replacements = diagnostics
                    .Select(d => SecretReplacement.Find(root, model, d))
                    .OfType<SecretReplacement>()
                    .GroupBy(r => r.Expression)
                    .Select(g => g.First())
                    .ToList();
                if (replacements.Count == 0) continue;
                solution = await HardCodedTokenCodeFixProvider.ApplyAsync(solution.GetDocument(original.Id)!, replacements, cancellationToken).ConfigureAwait(false);
            }

            return solution;
        }
    }
}
