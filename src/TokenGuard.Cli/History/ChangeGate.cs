using System;
using System.Collections.Generic;
using System.Text;
using TokenGuard.Detection;
using TokenGuard.Settings;

namespace TokenGuard.Cli.History
{
    /// <summary>
    /// Whether a later version of a file is worth scanning again: only when its changed lines (with the line before
    /// and after each, for a declaration split over lines) pass the scan's own prefilters — <see cref="SourcePrefilter"/>
    /// for C#, the token rules' keywords for other text. Whatever the unchanged lines hold was reported with the version
    /// they came from, so a history of many small edits costs about its diffs, not its full file contents. A file's
    /// first version (no earlier one at its path or of its name) and every settings file (whose findings depend on the enclosing keys) are always scanned.
    /// Keeps one sorted array of line hashes per path: memory grows with paths, not commits.
    /// </summary>
    internal sealed class ChangeGate
    {
        private readonly Dictionary<string, int[]> _lines = new Dictionary<string, int[]>(StringComparer.Ordinal);

        // A file moved and edited in one commit is a new path: its previous version is the last one of that name.
        private readonly Dictionary<string, int[]> _byName = new Dictionary<string, int[]>(StringComparer.Ordinal);

        /// <summary>Versions let through, and versions whose changes could not hold a secret.</summary>
        public int Scanned { get; private set; }

        public int Unchanged { get; private set; }

        public bool ShouldScan(string path, string text)
        {
            List<(int Start, int Length)> lines = Lines(text);
            int[] hashes = new int[lines.Count];
            for (int i = 0; i < lines.Count; i++) hashes[i] = string.GetHashCode(text.AsSpan(lines[i].Start, lines[i].Length));
            string name = path.Substring(path.LastIndexOf('/') + 1);
            bool hadPrevious = _lines.TryGetValue(path, out int[]? previous) || _byName.TryGetValue(name, out previous);
            int[] sorted = (int[])hashes.Clone();
            Array.Sort(sorted);
            _lines[path] = sorted;
            _byName[name] = sorted;

            bool scan = !hadPrevious || TextUsageFinder.IsSettings(path) || SettingsFiles.KindOf(path) != SettingsFileKind.None
                || MayHoldSecret(path, Changed(text, lines, hashes, previous!));
            if (scan) Scanned++;
            else Unchanged++;
            return scan;
        }

        private static bool MayHoldSecret(string path, string changed)
        {
            if (changed.Length == 0) return false;
            return CSharpSecretFinder.IsCSharp(path)
                ? SourcePrefilter.MayHoldSecret(changed)
                : TokenScanner.Default.MayContainToken(changed, 0, changed.Length);
        }

        /// <summary>The lines not in the previous version, each with its neighbours.</summary>
        private static string Changed(string text, List<(int Start, int Length)> lines, int[] hashes, int[] previous)
        {
            var changed = new StringBuilder();
            int lastAdded = -1;
            for (int i = 0; i < lines.Count; i++)
            {
                if (Array.BinarySearch(previous, hashes[i]) >= 0) continue;
                for (int j = Math.Max(i - 1, lastAdded + 1); j <= Math.Min(i + 1, lines.Count - 1); j++)
                {
                    changed.Append(text, lines[j].Start, lines[j].Length).Append('\n');
                    lastAdded = j;
                }
            }

            return changed.ToString();
        }

        private static List<(int Start, int Length)> Lines(string text)
        {
            var lines = new List<(int, int)>();
            int start = 0;
            for (int i = 0; i <= text.Length; i++)
            {
                if (i < text.Length && text[i] != '\n') continue;
                lines.Add((start, i - start));
                start = i + 1;
            }

            return lines;
        }
    }
}
