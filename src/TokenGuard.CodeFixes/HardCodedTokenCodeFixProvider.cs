using System.Collections.Generic;
using System.Collections.Immutable;
using System.Composition;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeActions;
using Microsoft.CodeAnalysis.CodeFixes;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Editing;
using TokenGuard.Manifest;

namespace TokenGuard.CodeFixes
{
    /// <summary>
    /// TG0001 / TG0002: replaces the hard-coded value with a read of an environment variable named after
    /// the symbol (<c>apiToken</c> → <c>API_TOKEN</c>) and registers it in tokens.yaml with owner, scope and
    /// expiry as TODOs. The token itself must still be revoked: it is in the repository's history.
    /// </summary>
    [ExportCodeFixProvider(LanguageNames.CSharp, Name = nameof(HardCodedTokenCodeFixProvider)), Shared]
    public sealed class HardCodedTokenCodeFixProvider : CodeFixProvider
    {
        public override ImmutableArray<string> FixableDiagnosticIds { get; } =
            ImmutableArray.Create(DiagnosticIds.HardCodedKnownToken, DiagnosticIds.HardCodedLikelySecret);

        public override FixAllProvider GetFixAllProvider() => HardCodedTokensFixAllProvider.Instance;

        public override async Task RegisterCodeFixesAsync(CodeFixContext context)
        {
            SyntaxNode? root = await context.Document.GetSyntaxRootAsync(context.CancellationToken).ConfigureAwait(false);
            SemanticModel? model = await context.Document.GetSemanticModelAsync(context.CancellationToken).ConfigureAwait(false);
            if (root is null || model is null || !ManifestDocument.CanEdit(context.Document.Project)) return;

            foreach (Diagnostic diagnostic in context.Diagnostics)
            {
                if (!(SecretReplacement.Find(root, model, diagnostic) is SecretReplacement replacement)) continue;
                context.RegisterCodeFix(
                    CodeAction.Create(
                        $"Read it from the {replacement.VariableName} environment variable and register it in tokens.yaml",
                        cancellationToken => ApplyAsync(context.Document, new[] { replacement }, cancellationToken),
                        equivalenceKey: nameof(HardCodedTokenCodeFixProvider)),
                    diagnostic);
            }
        }

        internal static async Task<Solution> ApplyAsync(Document document, IReadOnlyList<SecretReplacement> replacements, CancellationToken cancellationToken)
        {
            DocumentEditor editor = await DocumentEditor.CreateAsync(document, cancellationToken).ConfigureAwait(false);
            foreach (SecretReplacement replacement in replacements) replacement.Apply(editor);
            Document changed = editor.GetChangedDocument();
            var usages = replacements.Select(r => new TokenUsageRequest(TokenUsage.EnvironmentKind, r.VariableName)).ToList();
            return await ManifestDocument.AddUsagesAsync(changed.Project, usages, cancellationToken).ConfigureAwait(false);
        }
    }
}
