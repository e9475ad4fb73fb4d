using Microsoft.Build.Utilities;
using TokenGuard.Manifest;

namespace TokenGuard.Build
{
    /// <summary>
    /// Logs manifest diagnostics in MSBuild's canonical form (file(line,col): error TG1002: …) with a
    /// help link, so Visual Studio, Rider, VS Code and CI annotators all point at the manifest line.
    /// </summary>
    internal static class ManifestLogger
    {
        // No subcategory: "file(1,2): error TG1002: …" is the form CI problem matchers parse.
        private const string? Subcategory = null;

        public static void Log(TaskLoggingHelper log, string file, ManifestDiagnostic diagnostic)
        {
            string id = diagnostic.Id;
            int line = diagnostic.Location.Line;
            int column = diagnostic.Location.Column;
            switch (diagnostic.Severity)
            {
                case ManifestSeverity.Error:
                    log.LogError(Subcategory, id, id, DiagnosticIds.HelpLink(id), file, line, column, 0, 0, "{0}", diagnostic.Message);
                    break;
                case ManifestSeverity.Warning:
                    log.LogWarning(Subcategory, id, id, DiagnosticIds.HelpLink(id), file, line, column, 0, 0, "{0}", diagnostic.Message);
                    break;
                default:
                    log.LogMessage(Subcategory, id, id, file, line, column, 0, 0, Microsoft.Build.Framework.MessageImportance.High, "{0}", diagnostic.Message);
                    break;
            }
        }
    }
}
