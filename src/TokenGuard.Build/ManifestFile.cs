using System.IO;
using System.Text;
using Microsoft.Build.Utilities;
using TokenGuard.Manifest;

namespace TokenGuard.Build
{
    /// <summary>Reads and parses the manifest for a task; file-system failures become TG1001, not exceptions.</summary>
    internal static class ManifestFile
    {
        public static ManifestLoadResult? Load(string path, TaskLoggingHelper log)
        {
            string text;
            try
            {
                var info = new FileInfo(path);
                if (info.Exists && info.Length > ManifestLoader.MaxLength * 4L)
                {
                    log.LogError(null, DiagnosticIds.ManifestSyntaxError, null, DiagnosticIds.HelpLink(DiagnosticIds.ManifestSyntaxError), path, 1, 1, 0, 0, "manifest is {0:N0} bytes, far larger than any manifest; is TokenGuardManifest pointing at the right file?", info.Length);
                    return null;
                }

                text = File.ReadAllText(path, Encoding.UTF8);
            }
            catch (IOException ex)
            {
                log.LogError(null, DiagnosticIds.ManifestSyntaxError, null, DiagnosticIds.HelpLink(DiagnosticIds.ManifestSyntaxError), path, 0, 0, 0, 0, "cannot read the manifest: {0}", ex.Message);
                return null;
            }
            catch (System.UnauthorizedAccessException ex)
            {
                log.LogError(null, DiagnosticIds.ManifestSyntaxError, null, DiagnosticIds.HelpLink(DiagnosticIds.ManifestSyntaxError), path, 0, 0, 0, 0, "cannot read the manifest: {0}", ex.Message);
                return null;
            }

            return ManifestLoader.Load(path, text);
        }
    }
}
