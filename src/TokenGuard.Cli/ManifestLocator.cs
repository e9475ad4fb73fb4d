using System;
using System.IO;
using System.Text;
using TokenGuard.Cli.Terminal;
using TokenGuard.Manifest;

namespace TokenGuard.Cli
{
    /// <summary>
    /// The repository's tokens.yaml, whose fingerprints accept known literals. Fails closed: a manifest that was
    /// named but is missing, cannot be read or cannot be parsed stops the scan (exit 2) instead of accepting nothing
    /// silently. Only the default <c>&lt;root&gt;/tokens.yaml</c> may be absent.
    /// </summary>
    internal static class ManifestLocator
    {
        /// <summary>A tokens.yaml is a few KB; this bounds what a hostile path (a link to /dev/zero) can make us read.</summary>
        public const long MaxManifestBytes = 1024 * 1024;

        /// <returns>False when the scan must stop: the errors are already written.</returns>
        public static bool TryLoad(string root, string? explicitPath, TextWriter errors, out UsageMatcher? manifest)
        {
            manifest = null;
            string path = explicitPath
                ?? Conventions.ManifestIn(directory: root, exists: p => FileKindProbe.OfTarget(p) != FileKind.Missing)
                ?? Path.Combine(root, Conventions.ManifestFileName);
            string shown = TerminalText.Safe(path);
            switch (FileKindProbe.OfTarget(path))
            {
                case FileKind.Missing:
                    if (explicitPath is null) return true; // No manifest: every token counts as hard-coded.
                    errors.WriteLine($"{shown}: error: the manifest does not exist");
                    return false;
                case FileKind.Regular:
                    break;
                case FileKind.Inaccessible:
                    errors.WriteLine($"{shown}: error: cannot read the manifest");
                    return false;
                default:
                    errors.WriteLine($"{shown}: error: the manifest is not a regular file");
                    return false;
            }

            string text;
            try
            {
                byte[] bytes = BoundedFile.Read(path, MaxManifestBytes);
                if (bytes.Length > MaxManifestBytes)
                {
                    errors.WriteLine($"{shown}: error: the manifest is larger than {MaxManifestBytes / 1024} KB");
                    return false;
                }

                using var reader = new StreamReader(new MemoryStream(bytes), Encoding.UTF8, detectEncodingFromByteOrderMarks: true);
                text = reader.ReadToEnd();
            }
            catch (Exception ex) when (ex is IOException || ex is UnauthorizedAccessException)
            {
                errors.WriteLine($"{shown}: error: cannot read the manifest: {TerminalText.Safe(ex.Message)}");
                return false;
            }

            ManifestLoadResult result = ManifestLoader.Load(path, text);
            foreach (ManifestDiagnostic diagnostic in result.Diagnostics)
            {
                errors.WriteLine($"{shown}({diagnostic.Location.Line},{diagnostic.Location.Column}): {diagnostic.Severity.ToString().ToLowerInvariant()} {diagnostic.Id}: {TerminalText.Safe(diagnostic.Message)}");
            }

            // Errors that still leave a manifest (a missing owner, an expired token) are the build's to enforce;
            // a manifest that could not be read at all would accept nothing and say nothing.
            if (result.Manifest is null)
            {
                errors.WriteLine($"{shown}: error: the manifest cannot be used; nothing was scanned");
                return false;
            }

            manifest = new UsageMatcher(result.Manifest);
            return true;
        }
    }
}
