using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using System.Threading.Tasks;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeActions;
using Microsoft.CodeAnalysis.CodeFixes;

namespace TokenGuard.CodeFixes
{
    /// <summary>Fix-all for TG0001/TG0002: every document in scope is rewritten, and tokens.yaml gains each variable once.</summary>
    internal sealed class HardCodedTokensFixAllProvider : FixAllProvider
    {
        public static readonly HardCodedTokensFixAllProvider Instance = new HardCodedTokensFixAllProvider();

        public override IEnumerable<FixAllScope> GetSupportedFixAllScopes() => FixAllScopes.Supported;

        public override Task<CodeAction?> GetFixAsync(FixAllContext fixAllContext) =>
            Task.FromResult<CodeAction?>(CodeAction.Create(
                "Move all hard-coded tokens to environment variables and register them in tokens.yaml",
                async cancellationToken =>
                {
                    Solution solution = fixAllContext.Solution;
                    foreach (Project project in FixAllScopes.Projects(fixAllContext))
                    {
                        foreach (Document original in FixAllScopes.Documents(fixAllContext, project))
                        {
                            ImmutableArray<Diagnostic> diagnostics = await fixAllContext.GetDocumentDiagnosticsAsync(original).ConfigureAwait(false);
                            if (diagnostics.IsEmpty) continue;
                            SyntaxNode? root = await original.GetSyntaxRootAsync(cancellationToken).ConfigureAwait(false);
                            SemanticModel? model = await original.GetSemanticModelAsync(cancellationToken).ConfigureAwait(false);
                            if (root is null || model is null) continue;
                            List<SecretReplacement> replacements = diagnostics
                                .Select(d => SecretReplacement.Find(root, model, d))
                                .OfType<SecretReplacement>()
                                .GroupBy(r => r.Expression)
                                .Select(g => g.First())
                                .ToList();
                            if (replacements.Count == 0 || !ManifestDocument.CanEdit(solution.GetProject(project.Id)!)) continue;
                            solution = await HardCodedTokenCodeFixProvider.ApplyAsync(solution.GetDocument(original.Id)!, replacements, cancellationToken).ConfigureAwait(false);
                        }
                    }

                    return solution;
                },
                equivalenceKey: fixAllContext.CodeActionEquivalenceKey));
    }
}
