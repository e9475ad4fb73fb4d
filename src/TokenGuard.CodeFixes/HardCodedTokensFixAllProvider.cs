using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using Microsoft.CodeAnalysis;

namespace TokenGuard.CodeFixes
{
    /// <summary>
    /// Fix-all for TG0001/TG0002, per variant (environment variable or configuration key): every document in
    /// scope is rewritten, and tokens.yaml gains each variable or key once. Secrets the variant cannot
    /// move (no <c>IConfiguration</c> in scope) are left alone.
    /// </summary>
    internal sealed class HardCodedTokensFixAllProvider : ManifestFixAllProvider
    {
        public static readonly HardCodedTokensFixAllProvider Instance = new HardCodedTokensFixAllProvider();

        protected override string TitleFor(string? equivalenceKey) => equivalenceKey == HardCodedTokenCodeFixProvider.ConfigurationKeyFix
            ? "Move all hard-coded tokens to configuration keys and register them in tokens.yaml"
            : "Move all hard-coded tokens to environment variables and register them in tokens.yaml";

        protected override async Task<Solution> FixProjectAsync(Solution solution, ProjectId project, IReadOnlyList<(Document Document, ImmutableArray<Diagnostic> Diagnostics)> documents, string? equivalenceKey, CancellationToken cancellationToken)
        {
            foreach ((Document original, ImmutableArray<Diagnostic> diagnostics) in documents)
            {
                SyntaxNode? root = await original.GetSyntaxRootAsync(cancellationToken).ConfigureAwait(false);
                SemanticModel? model = await original.GetSemanticModelAsync(cancellationToken).ConfigureAwait(false);
                if (root is null || model is null) continue;
                var moves = new List<(SecretReplacement, SecretSource)>();
                foreach (SecretReplacement replacement in diagnostics
                    .Select(d => SecretReplacement.Find(root, model, d))
                    .OfType<SecretReplacement>()
                    .GroupBy(r => r.Expression)
                    .Select(g => g.First()))
                {
                    if (HardCodedTokenCodeFixProvider.SourceFor(equivalenceKey, replacement, model) is SecretSource source) moves.Add((replacement, source));
                }

                if (moves.Count == 0) continue;
                solution = await HardCodedTokenCodeFixProvider.ApplyAsync(solution.GetDocument(original.Id)!, moves, cancellationToken).ConfigureAwait(false);
            }

            return solution;
        }
    }
}
