using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using TokenGuard.Detection;
using TokenGuard.Manifest;

namespace TokenGuard.Cli
{
    /// <summary>
    /// Runs the shared <see cref="TokenScanner"/> over a working tree's text files and, when the repository
    /// has a tokens.yaml, reports the token usages it does not list.
    /// </summary>
    internal sealed class RepositoryScanner
    {
        /// <summary>Files larger than this are minified bundles or data, not source.</summary>
        public const long MaxFileBytes = 1024 * 1024;

        private readonly string _root;
        private readonly UsageMatcher? _manifest;
        private readonly TreeFileReader _reader = new TreeFileReader(MaxFileBytes);

        public RepositoryScanner(string root, UsageMatcher? manifest)
        {
            _root = Path.GetFullPath(root);
            _manifest = manifest;
        }

        /// <summary>Binary files and files over <see cref="MaxFileBytes"/>: skipped without a warning, as expected content.</summary>
        public int SkippedFiles => _reader.SkippedFiles;

        /// <summary>Files that could not be read, or stopped being regular files since they were listed.</summary>
        public List<ScanWarning> Warnings => _reader.Warnings;

        public IReadOnlyList<ScanFinding> Scan(IReadOnlyList<string> files, Action<int>? progress = null)
        {
            var findings = new List<ScanFinding>();
            for (int i = 0; i < files.Count; i++)
            {
                progress?.Invoke(i + 1);
                string relative = RepositoryFiles.Relative(_root, files[i]);
                string? text = _reader.Read(files[i], relative);
                if (text is null) continue;

                IReadOnlyList<TokenFinding> found = TokenScanner.Default.Scan(text);
                IEnumerable<TextUsage> unregistered = _manifest != null && TextUsageFinder.IsUsageFile(files[i])
                    ? TextUsageFinder.Find(files[i], text).Where(u => _manifest.Find(u.Name) is null)
                    : Enumerable.Empty<TextUsage>();
                LineIndex? lines = null;
                foreach (TokenFinding finding in found)
                {
                    if (_manifest?.IsAcceptedFingerprint(finding.Fingerprint) == true) continue;
                    (int line, int column) = (lines ??= new LineIndex(text)).PositionOf(finding.Start);
                    findings.Add(ScanFinding.HardCoded(relative, line, column, finding));
                }

                // One secret, one finding: a value a format rule already reported is not reported again as a setting.
                findings.AddRange(SettingsFileSecrets.Find(files[i], relative, text, _manifest)
                    .Where(setting => !found.Any(token => token.Fingerprint == setting.Token!.Fingerprint)));

                foreach (TextUsage usage in unregistered)
                {
                    (int line, int column) = (lines ??= new LineIndex(text)).PositionOf(usage.Offset);
                    findings.Add(ScanFinding.Unregistered(relative, line, column, usage));
                }
            }

            return findings.OrderBy(f => f.File, StringComparer.Ordinal).ThenBy(f => f.Line).ThenBy(f => f.Column).ToList();
        }

        /// <summary>1-based line and column of an offset.</summary>
        private sealed class LineIndex
        {
            private readonly List<int> _lineStarts = new List<int> { 0 };

            public LineIndex(string text)
            {
                for (int i = 0; i < text.Length; i++)
                {
                    if (text[i] == '\n') _lineStarts.Add(i + 1);
                }
            }

            public (int Line, int Column) PositionOf(int offset)
            {
                int index = _lineStarts.BinarySearch(offset);
                if (index < 0) index = ~index - 1;
                return (index + 1, offset - _lineStarts[index] + 1);
            }
        }
    }
}
