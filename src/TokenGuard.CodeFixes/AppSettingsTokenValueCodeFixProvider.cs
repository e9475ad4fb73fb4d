using System.Collections.Immutable;
using System.Composition;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeActions;
using Microsoft.CodeAnalysis.CodeFixes;
using Microsoft.CodeAnalysis.Text;
using TokenGuard.Manifest;
using TokenGuard.Settings;

namespace TokenGuard.CodeFixes
{
    /// <summary>
    /// TG0004, in <c>appsettings*.json</c> (an AdditionalDocument): empties the setting's value to <c>""</c> —
    /// only the characters between its quotes change — and registers its key in <c>tokens.yaml</c> as the
    /// TG0003 fix does. The token must still be revoked and supplied from user-secrets, an environment
    /// variable or a secret store. No fix-all: Roslyn 4.8's FixAllContext addresses source documents only.
    /// </summary>
    [ExportCodeFixProvider(LanguageNames.CSharp, Name = nameof(AppSettingsTokenValueCodeFixProvider), DocumentKinds = new[] { nameof(TextDocumentKind.AdditionalDocument) }, DocumentExtensions = new[] { ".json" }), Shared]
    public sealed class AppSettingsTokenValueCodeFixProvider : CodeFixProvider
    {
        public override ImmutableArray<string> FixableDiagnosticIds { get; } = ImmutableArray.Create(DiagnosticIds.AppSettingsTokenValue);

        public override FixAllProvider? GetFixAllProvider() => null;

        public override async Task RegisterCodeFixesAsync(CodeFixContext context)
        {
            TextDocument settingsFile = context.TextDocument;
            if (!ManifestDocument.CanEdit(settingsFile.Project)) return;
            SourceText text = await settingsFile.GetTextAsync(context.CancellationToken).ConfigureAwait(false);
            JsonSettingsResult settings = JsonSettingsReader.Read(text.ToString());
            if (settings.Error != null) return;

            foreach (Diagnostic diagnostic in context.Diagnostics)
            {
                // The key comes from the properties; the location only says which characters to empty.
                if (!(DiagnosticUsage.Of(diagnostic) is TokenUsageRequest usage)) continue;
                TextSpan span = diagnostic.Location.SourceSpan;
                SettingValue? setting = settings.Settings.FirstOrDefault(s => s.ValueStart <= span.Start && span.End <= s.ValueStart + s.ValueLength);
                if (setting is null) continue;
                context.RegisterCodeFix(
                    CodeAction.Create(
                        $"Empty '{usage.Name}' in {settingsFile.Name} and register it in tokens.yaml",
                        cancellationToken => EmptyAndRegisterAsync(settingsFile, text, setting, usage, cancellationToken),
                        equivalenceKey: nameof(AppSettingsTokenValueCodeFixProvider)),
                    diagnostic);
            }
        }

        private static Task<Solution> EmptyAndRegisterAsync(TextDocument settingsFile, SourceText text, SettingValue setting, TokenUsageRequest usage, CancellationToken cancellationToken)
        {
            SourceText emptied = text.WithChanges(new TextChange(new TextSpan(setting.ValueStart, setting.ValueLength), ""));
            Solution solution = settingsFile.Project.Solution.WithAdditionalDocumentText(settingsFile.Id, emptied);
            return ManifestDocument.AddUsagesAsync(solution.GetProject(settingsFile.Project.Id)!, new[] { usage }, cancellationToken);
        }
    }
}
