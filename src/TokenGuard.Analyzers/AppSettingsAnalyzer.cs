using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.IO;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Text;
using TokenGuard.Detection;
using TokenGuard.Settings;

namespace TokenGuard.Analyzers
{
    /// <summary>
    /// .NET's configuration files (<c>appsettings*.json</c>, <c>launchSettings.json</c>, <c>web.config</c> /
    /// <c>app.config</c>, <c>nuget.config</c>, <c>*.pubxml</c>, compose files, <c>.env</c>; see
    /// <see cref="SettingsFileKind"/>): TG0004 for a token value (at the value's exact position), TG0005 for a
    /// secret-like key no manifest entry lists, TG0008 when the file cannot be parsed. User-secrets'
    /// <c>secrets.json</c> is never read.
    /// </summary>
    [DiagnosticAnalyzer(LanguageNames.CSharp)]
    public sealed class AppSettingsAnalyzer : DiagnosticAnalyzer
    {
        public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics { get; } = ImmutableArray.Create(
            Descriptors.AppSettingsTokenValue, Descriptors.AppSettingsUnregisteredKey, Descriptors.SettingsFileUnreadable, Descriptors.TokenUsageLocated);

        public override void Initialize(AnalysisContext context)
        {
            context.ConfigureGeneratedCodeAnalysis(GeneratedCodeAnalysisFlags.None);
            context.EnableConcurrentExecution();
            context.RegisterCompilationStartAction(start =>
            {
                AnalyzerSettings settings = AnalyzerSettings.From(start.Options);
                ManifestState manifest = ManifestProvider.Get(start.Options, settings, start.CancellationToken);
                DiagnosticSeverity unregisteredSeverity = settings.Enforce ? DiagnosticSeverity.Error : DiagnosticSeverity.Warning;
                // Written even when empty: a compile that finds no usage replaces the usages of an earlier one.
                UsageFile? usageFile = UsageFile.ForBuild(start.Options, UsageFiles.SettingsFileName);
                start.RegisterAdditionalFileAction(file => Analyze(file, settings, manifest, unregisteredSeverity, usageFile));
                if (usageFile != null) start.RegisterCompilationEndAction(end => usageFile.Write(end.CancellationToken));
            });
        }

        internal static bool IsSettingsFile(string path) => SettingsFiles.KindOf(path) != SettingsFileKind.None;

        private static void Analyze(AdditionalFileAnalysisContext context, AnalyzerSettings settings, ManifestState manifest, DiagnosticSeverity unregisteredSeverity, UsageFile? usageFile)
        {
            AdditionalText file = context.AdditionalFile;
            SettingsFileKind kind = SettingsFiles.KindOf(file.Path);
            if (kind == SettingsFileKind.None || !settings.Checks(kind)) return;
            SourceText? text = file.GetText(context.CancellationToken);
            if (text is null) return;

            string fileName = Path.GetFileName(file.Path);
            JsonSettingsResult result = SettingsFileCache.Read(kind, text);
            if (result.Error != null)
            {
                context.ReportDiagnostic(Diagnostic.Create(Descriptors.SettingsFileUnreadable, LocationAt(file.Path, text, result.Line, result.Column), fileName, result.Error));
                return;
            }

            foreach (SettingValue setting in result.Settings)
            {
                context.CancellationToken.ThrowIfCancellationRequested();
                SecretVerdict verdict = SecretDecision.Decide(setting.Value, ValuePosition.SettingsValue(settingPath: setting.Path), manifest.Matcher);
                foreach (TokenFinding finding in verdict.KnownTokens)
                {
                    context.ReportDiagnostic(Diagnostic.Create(
                        Descriptors.AppSettingsTokenValue,
                        ValueLocation(file.Path, text, setting, finding),
                        SettingUsage(setting).Finding(finding),
                        setting.Path, fileName, finding.Rule.Description, finding.Redacted));
                }

                // A secret-named setting with a real value is a committed secret, whatever its format.
                if (verdict.IsGenericSecret)
                {
                    context.ReportDiagnostic(Diagnostic.Create(
                        Descriptors.AppSettingsTokenValue,
                        SpanLocation(file.Path, text, new TextSpan(setting.ValueStart, setting.ValueLength)),
                        SettingUsage(setting).Secret(fingerprint: verdict.Fingerprint!, redacted: verdict.Redacted!),
                        setting.Path, fileName, "secret", verdict.Redacted));
                }

                if (manifest.Matcher?.Find(setting.Path) is Manifest.ManifestEntry registered)
                {
                    Location location = SpanLocation(file.Path, text, new TextSpan(setting.MarkStart, setting.MarkLength));
                    context.ReportDiagnostic(manifest.UsageLocated(location, registered, SettingUsage(setting)));
                    usageFile?.Add(location, registered);
                }
                // The same test as scan and init: a boolean, a number or a URL without credentials is a setting, not a token.
                else if (manifest.Matcher != null && SecretNames.NamesSecretSetting(setting.Path) && CredentialValue.IsPossibleCredential(setting.Value))
                {
                    context.ReportDiagnostic(Diagnostic.Create(
                        Descriptors.AppSettingsUnregisteredKey,
                        // The quoted value where there are quotes, so an empty "" still gets a visible squiggle.
                        SpanLocation(file.Path, text, new TextSpan(setting.MarkStart, setting.MarkLength)),
                        unregisteredSeverity,
                        additionalLocations: null,
                        SettingUsage(setting),
                        setting.Path, fileName, manifest.DisplayPath, setting.UsageKind));
                }
            }
        }

        // A setting's key is the configuration key or environment variable code reads it by.
        private static ImmutableDictionary<string, string?> SettingUsage(SettingValue setting) =>
            DiagnosticData.None.Usage(kind: setting.UsageKind, name: setting.Path, prefixKnown: true);

        // The token's own span when the value is written without escapes, else the whole value.
        private static Location ValueLocation(string path, SourceText text, SettingValue setting, TokenFinding finding)
        {
            bool unescaped = setting.ValueLength == setting.Value.Length;
            TextSpan span = unescaped
                ? new TextSpan(setting.ValueStart + finding.Start, finding.Length)
                : new TextSpan(setting.ValueStart, setting.ValueLength);
            return SpanLocation(path, text, span);
        }

        private static Location SpanLocation(string path, SourceText text, TextSpan span) =>
            Location.Create(path, span, text.Lines.GetLinePositionSpan(span));

        private static Location LocationAt(string path, SourceText text, int line, int column) =>
            ManifestProvider.LocationIn(path, text, new Manifest.SourceLocation(line, column));
    }
}
