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
    /// TG0004, in a settings file (an AdditionalDocument): empties the setting's value — only the characters
    /// between its quotes (or of the unquoted <c>.env</c> value, or of the publish-profile property) change —
    /// and registers its key in <c>tokens.yaml</c> as the TG0003 fix does. Compose files are left to the
    /// developer: a list item's value may share its escapes with the key. The token must still be revoked and
    /// supplied from user-secrets, an environment variable or a secret store. No fix-all: Roslyn 4.8's
    /// FixAllContext addresses source documents only.
    /// </summary>
    // No DocumentExtensions: .env.local and Web.Release.config are known by name, not extension.
    [ExportCodeFixProvider(LanguageNames.CSharp, Name = nameof(AppSettingsTokenValueCodeFixProvider), DocumentKinds = new[] { nameof(TextDocumentKind.AdditionalDocument) }), Shared]
    public sealed class AppSettingsTokenValueCodeFixProvider : CodeFixProvider
    {
        public override ImmutableArray<string> FixableDiagnosticIds { get; } = ImmutableArray.Create(DiagnosticIds.AppSettingsTokenValue);

        public override FixAllProvider? GetFixAllProvider() => null;

        public override async Task RegisterCodeFixesAsync(CodeFixContext context)
        {
            TextDocument settingsFile = context.TextDocument;
            SettingsFileKind kind = SettingsFiles.KindOf(settingsFile.FilePath ?? settingsFile.Name);
            if (kind == SettingsFileKind.None || kind == SettingsFileKind.Compose || !ManifestDocument.CanEdit(settingsFile.Project)) return;
            SourceText text = await settingsFile.GetTextAsync(context.CancellationToken).ConfigureAwait(false);
            JsonSettingsResult settings = SettingsFiles.Read(kind, text.ToString());
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
