using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text;
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

        public RepositoryScanner(string root, UsageMatcher? manifest)
        {
            _root = Path.GetFullPath(root);
            _manifest = manifest;
        }

        public int SkippedFiles { get; private set; }

        public IReadOnlyList<ScanFinding> Scan(IReadOnlyList<string> files, Action<int>? progress = null)
        {
            var findings = new List<ScanFinding>();
            for (int i = 0; i < files.Count; i++)
            {
                progress?.Invoke(i + 1);
                string? text = ReadText(files[i]);
                if (text is null)
                {
                    SkippedFiles++;
                    continue;
                }

                IReadOnlyList<TokenFinding> found = TokenScanner.Default.Scan(text);
                IEnumerable<TextUsage> unregistered = _manifest != null && TextUsageFinder.IsUsageFile(files[i])
                    ? TextUsageFinder.Find(files[i], text).Where(u => _manifest.Find(u.Name) is null)
                    : Enumerable.Empty<TextUsage>();
                string relative = Path.GetRelativePath(_root, files[i]).Replace('\\', '/');
                LineIndex? lines = null;
                foreach (TokenFinding finding in found)
                {
                    if (_manifest?.IsAcceptedFingerprint(finding.Fingerprint) == true) continue;
                    (int line, int column) = (lines ??= new LineIndex(text)).PositionOf(finding.Start);
                    findings.Add(ScanFinding.HardCoded(relative, line, column, finding));
                }

                foreach (TextUsage usage in unregistered)
                {
                    (int line, int column) = (lines ??= new LineIndex(text)).PositionOf(usage.Offset);
                    findings.Add(ScanFinding.Unregistered(relative, line, column, usage));
                }
            }

            return findings.OrderBy(f => f.File, StringComparer.Ordinal).ThenBy(f => f.Line).ThenBy(f => f.Column).ToList();
        }

        // Binary (a NUL in the first 8 KB) and huge files are skipped, not scanned.
        private static string? ReadText(string path)
        {
            var info = new FileInfo(path);
            if (!info.Exists || info.Length > MaxFileBytes) return null;
            byte[] bytes = File.ReadAllBytes(path);
            if (Array.IndexOf(bytes, (byte)0, 0, Math.Min(bytes.Length, 8192)) >= 0) return null;
            return Encoding.UTF8.GetString(bytes);
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
