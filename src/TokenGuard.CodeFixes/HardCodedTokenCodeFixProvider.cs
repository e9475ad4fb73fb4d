using System.Collections.Generic;
using System.Collections.Immutable;
using System.Composition;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeActions;
using Microsoft.CodeAnalysis.CodeFixes;
using Microsoft.CodeAnalysis.Editing;

namespace TokenGuard.CodeFixes
{
    /// <summary>
    /// TG0001 / TG0002: replaces the hard-coded value with a read of an environment variable named after
    /// the symbol (<c>apiToken</c> → <c>API_TOKEN</c>) or, when an <c>IConfiguration</c> is in scope, of a
    /// configuration key (<c>StripeApiKey</c> → <c>Stripe:ApiKey</c>, see <see cref="ConfigurationKeySource"/>),
    /// and registers it in tokens.yaml with owner, scope and expiry as TODOs. The token itself must still be
    /// revoked: it is in the repository's history.
    /// </summary>
    [ExportCodeFixProvider(LanguageNames.CSharp, Name = nameof(HardCodedTokenCodeFixProvider)), Shared]
    public sealed class HardCodedTokenCodeFixProvider : CodeFixProvider
    {
        /// <summary>Equivalence key of the fix that reads an environment variable.</summary>
        public const string EnvironmentVariableFix = nameof(HardCodedTokenCodeFixProvider) + ".EnvironmentVariable";

        /// <summary>Equivalence key of the fix that reads a configuration key.</summary>
        public const string ConfigurationKeyFix = nameof(HardCodedTokenCodeFixProvider) + ".ConfigurationKey";

        private static readonly string[] Fixes = { EnvironmentVariableFix, ConfigurationKeyFix };

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
                foreach (string fix in Fixes)
                {
                    if (!(SourceFor(fix, replacement, model) is SecretSource source)) continue;
                    context.RegisterCodeFix(
                        CodeAction.Create(
                            source.Title,
                            cancellationToken => ApplyAsync(context.Document, new[] { (replacement, source) }, cancellationToken),
                            equivalenceKey: fix),
                        diagnostic);
                }
            }
        }

        /// <summary>Where the fix named <paramref name="equivalenceKey"/> reads the secret from; null when it does not apply here.</summary>
        internal static SecretSource? SourceFor(string? equivalenceKey, SecretReplacement replacement, SemanticModel model) => equivalenceKey switch
        {
            EnvironmentVariableFix => new EnvironmentVariableSource(replacement.ReceiverWords),
            ConfigurationKeyFix => ConfigurationKeySource.Create(replacement, model),
            _ => null,
        };

        internal static async Task<Solution> ApplyAsync(Document document, IReadOnlyList<(SecretReplacement Replacement, SecretSource Source)> moves, CancellationToken cancellationToken)
        {
            DocumentEditor editor = await DocumentEditor.CreateAsync(document, cancellationToken).ConfigureAwait(false);
            foreach ((SecretReplacement replacement, SecretSource source) in moves) replacement.Apply(editor, source.Read());
            Document changed = editor.GetChangedDocument();
            return await ManifestDocument.AddUsagesAsync(changed.Project, moves.Select(m => m.Source.Usage).ToList(), cancellationToken).ConfigureAwait(false);
        }
    }
}
