using System.Collections.Generic;
using System.Collections.Immutable;
using System.Composition;
using System.Linq;
using System.Threading.Tasks;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeActions;
using Microsoft.CodeAnalysis.CodeFixes;
using TokenGuard.Manifest;

namespace TokenGuard.CodeFixes
{
    /// <summary>
    /// TG0003 (C#) and TG0005 (<c>appsettings*.json</c>, an AdditionalDocument): registers the key in
    /// <c>tokens.yaml</c> — as a usage of the entry of the same system, or as a new entry whose owner, scope
    /// and expiry are TODOs the build rejects until filled in. FixAll (source documents only, as Roslyn 4.8's
    /// FixAllContext is) makes one edit of the manifest per project, one usage per distinct key.
    /// </summary>
    [ExportCodeFixProvider(LanguageNames.CSharp, Name = nameof(RegisterTokenUsageCodeFixProvider), DocumentKinds = new[] { nameof(TextDocumentKind.Document), nameof(TextDocumentKind.AdditionalDocument) }), Shared]
    public sealed class RegisterTokenUsageCodeFixProvider : CodeFixProvider
    {
        public override ImmutableArray<string> FixableDiagnosticIds { get; } = ImmutableArray.Create(DiagnosticIds.UnregisteredUsage, DiagnosticIds.AppSettingsUnregisteredKey);

        public override FixAllProvider GetFixAllProvider() => RegisterTokenUsagesFixAllProvider.Instance;

        public override Task RegisterCodeFixesAsync(CodeFixContext context)
        {
            // TextDocument, not Document: TG0005 is reported in an additional file.
            Project project = context.TextDocument.Project;
            if (!ManifestDocument.CanEdit(project)) return Task.CompletedTask;
            foreach (Diagnostic diagnostic in context.Diagnostics)
            {
                if (!(DiagnosticUsage.Of(diagnostic) is TokenUsageRequest usage)) continue;
                context.RegisterCodeFix(
                    CodeAction.Create(
                        $"Register '{usage.Name}' in tokens.yaml",
                        cancellationToken => ManifestDocument.AddUsagesAsync(project, new[] { usage }, cancellationToken),
                        equivalenceKey: nameof(RegisterTokenUsageCodeFixProvider)),
                    diagnostic);
            }

            return Task.CompletedTask;
        }
    }
}
