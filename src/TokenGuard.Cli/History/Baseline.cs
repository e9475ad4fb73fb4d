using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text;
using System.Text.RegularExpressions;
using TokenGuard.Cli.Terminal;
using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;

namespace TokenGuard.Cli.History
{
    /// <summary>
    /// <c>tokenguard-baseline.yaml</c>: fingerprints of the findings accepted when TokenGuard was adopted, so a
    /// repository with history fails only on new leaks. It holds fingerprints (sha256 of a value) and where each was
    /// first seen, never a value. Kept apart from tokens.yaml: the manifest is the inventory of tokens in use, the
    /// baseline the debt accepted on a date, removed by deleting one file.
    /// </summary>
    internal sealed class Baseline
    {
        public const string DefaultFileName = "tokenguard-baseline.yaml";

        private static readonly Regex FingerprintPattern = new Regex("^sha256:[0-9a-f]{64}$", RegexOptions.CultureInvariant);

        private readonly HashSet<string> _fingerprints;

        private Baseline(HashSet<string> fingerprints) => _fingerprints = fingerprints;

        public static Baseline Empty => new Baseline(new HashSet<string>(StringComparer.Ordinal));

        public int Count => _fingerprints.Count;

        public bool Accepts(string? fingerprint) => fingerprint != null && _fingerprints.Contains(fingerprint);

        /// <summary>Reads a baseline; an absent file is an empty baseline, a malformed one an <see cref="InputFileException"/>.</summary>
        public static Baseline Load(string path)
        {
            if (!File.Exists(path)) return Empty;
            string text = InputFile.ReadAllText(path, "the baseline");
            var fingerprints = new HashSet<string>(StringComparer.Ordinal);
            var yaml = new YamlStream();
            try
            {
                yaml.Load(new StringReader(text));
            }
            catch (YamlException ex)
            {
                throw new InputFileException(path, (int)ex.Start.Line, "the baseline is not valid YAML: " + ex.Message);
            }

            if (yaml.Documents.Count == 0) return new Baseline(fingerprints);
            if (yaml.Documents[0].RootNode is not YamlMappingNode root
                || !root.Children.TryGetValue(new YamlScalarNode("fingerprints"), out YamlNode? list)
                || list is not YamlSequenceNode sequence)
            {
                throw new InputFileException(path, 1, "the baseline needs a 'fingerprints:' list");
            }

            foreach (YamlNode item in sequence)
            {
                YamlNode? value = item is YamlMappingNode entry && entry.Children.TryGetValue(new YamlScalarNode("fingerprint"), out YamlNode? inner) ? inner : item;
                if (value is not YamlScalarNode { Value: { } fingerprint } || !FingerprintPattern.IsMatch(fingerprint))
                    throw new InputFileException(path, (int)item.Start.Line, "a baseline entry is 'sha256:' and 64 lower-case hex digits, never the value itself");
                fingerprints.Add(fingerprint);
            }

            return new Baseline(fingerprints);
        }

        /// <summary>Writes the accepted fingerprints plus <paramref name="findings"/>', each with where it was seen (redacted, escaped).</summary>
        /// <returns>How many fingerprints were added.</returns>
        public int Write(string path, IEnumerable<ReportedFinding> findings, DateTime today)
        {
            var added = new SortedDictionary<string, string>(StringComparer.Ordinal);
            foreach (ReportedFinding reported in findings)
            {
                string? fingerprint = reported.Finding.Fingerprint;
                if (fingerprint is null || _fingerprints.Contains(fingerprint) || added.ContainsKey(fingerprint)) continue;
                added[fingerprint] = $"{reported.Finding.Rule} {reported.Finding.File}:{reported.Finding.Line}{(reported.Commit is null ? "" : " " + reported.Commit.Substring(0, 12))}";
            }

            var yaml = new StringBuilder();
            yaml.Append("# TokenGuard baseline: findings accepted on adoption (tokenguard scan --write-baseline). Fingerprints only, never values.\n");
            yaml.Append("# A finding whose fingerprint is listed here is not reported; rotate the token, then remove its line.\n");
            yaml.Append("version: 1\nfingerprints:\n");
            foreach (string fingerprint in _fingerprints.OrderBy(f => f, StringComparer.Ordinal)) yaml.Append($"  - {fingerprint}\n");
            foreach (KeyValuePair<string, string> entry in added)
            {
                // Paths are the repository's own, but pass the gate and lose line breaks like everything TokenGuard writes.
                string where = TerminalText.Safe(Redaction.RedactSecrets(entry.Value) ?? "").Replace("\n", " ").Replace("\r", " ");
                yaml.Append($"  - {entry.Key}  # {today:yyyy-MM-dd} {where}\n");
            }

            File.WriteAllText(path, yaml.ToString(), new UTF8Encoding(false));
            foreach (string fingerprint in added.Keys) _fingerprints.Add(fingerprint);
            return added.Count;
        }
    }
}
