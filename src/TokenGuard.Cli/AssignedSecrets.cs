using System;
using System.Collections.Generic;
using System.IO;
using TokenGuard.Detection;
using TokenGuard.Manifest;
using TokenGuard.Settings;

namespace TokenGuard.Cli
{
    /// <summary>
    /// The generic decision (TG0002) for files no parser reads: a secret-like name assigned a random-looking value in
    /// YAML, properties, ini, shell, Terraform, a Dockerfile, a script or notes (<see cref="TextAssignments"/>, the
    /// <see cref="ValuePositionKind.TextAssignment"/> decision). Documentation (Markdown, reStructuredText, AsciiDoc,
    /// HTML) is left out: its samples are written to be copied, and known formats are still found there by the text
    /// rules. In program source only quoted values count: unquoted ones are expressions.
    /// </summary>
    internal static class AssignedSecrets
    {
        private static readonly HashSet<string> Documentation = new HashSet<string>(StringComparer.OrdinalIgnoreCase)
        {
            ".md", ".markdown", ".mdx", ".rst", ".adoc", ".asciidoc", ".html", ".htm", ".rtf", ".tex",
            // Data and generated files: lock files, source maps, minified bundles, vector images, tables.
            ".lock", ".map", ".svg", ".csv", ".tsv", ".sum",
        };

        private static readonly HashSet<string> ProgramSource = new HashSet<string>(StringComparer.OrdinalIgnoreCase)
        {
            ".py", ".js", ".mjs", ".cjs", ".jsx", ".ts", ".tsx", ".go", ".java", ".kt", ".kts", ".scala", ".groovy", ".gradle",
            ".rb", ".php", ".rs", ".swift", ".c", ".h", ".cc", ".cpp", ".hpp", ".m", ".dart", ".lua", ".pl", ".r", ".fs", ".fsx",
            ".vb", ".cs", ".csx", ".razor", ".cshtml", ".vue", ".svelte",
        };

        /// <summary>Text files with no reader of their own: not C#, not a settings file, not documentation or data.</summary>
        public static bool AppliesTo(string path)
        {
            string extension = Path.GetExtension(path);
            if (Documentation.Contains(extension) || path.EndsWith(".min.js", StringComparison.OrdinalIgnoreCase)) return false;
            if (CSharpSecretFinder.IsCSharp(path) || TextUsageFinder.IsSettings(path)) return false;
            return SettingsFiles.KindOf(path) == SettingsFileKind.None;
        }

        /// <param name="known">The text rules' findings in this file: a value holding one is reported for that, not again.</param>
        public static IEnumerable<ScanFinding> Find(string path, string relative, string text, UsageMatcher? manifest, IReadOnlyList<TokenFinding> known)
        {
            bool quotedOnly = ProgramSource.Contains(Path.GetExtension(path));
            TextLines? lines = null;
            foreach ((string name, int start, int length) in TextAssignments.Find(text, quotedOnly))
            {
                if (!GenericSecrets.CouldBeSecretUnderSomeName(text, start, length)) continue;
                if (Overlaps(known, start, length)) continue;
                SecretVerdict verdict = SecretDecision.Decide(text.Substring(start, length), ValuePosition.TextAssignment(name), manifest);
                if (!verdict.IsGenericSecret) continue;
                (int line, int column) = (lines ??= new TextLines(text)).PositionOf(start);
                yield return ScanFinding.Secret(relative, line, column, "'" + name + "'", verdict);
            }
        }

        private static bool Overlaps(IReadOnlyList<TokenFinding> known, int start, int length)
        {
            foreach (TokenFinding token in known)
            {
                if (token.Start < start + length && start < token.Start + token.Length) return true;
            }

            return false;
        }
    }
}
