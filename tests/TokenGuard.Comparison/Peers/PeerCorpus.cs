using System;
using System.Collections.Generic;
using System.Diagnostics;
using System.Formats.Tar;
using System.IO;
using System.Linq;
using System.Text;
using System.Text.Json;

namespace TokenGuard.Comparison.Peers
{
    /// <summary>One peer's test text: the suite (gitleaks, secretlint), the provider (rule file or rule package), the test case, its label.</summary>
    public sealed record PeerSample(string Suite, string Provider, string Case, bool IsSecret, string Text, string Extension = ".txt");

    /// <summary>A sample written as its own file, the path relative to the corpus root ('/'-separated).</summary>
    public sealed record PeerFile(string File, PeerSample Sample);

    /// <summary>What extraction read and what it had to leave out.</summary>
    public sealed record PeerExtraction(IReadOnlyList<PeerSample> Samples, int SkippedGenerated, int SkippedWithOptions);

    /// <summary>
    /// The peers' published rule tests, read from a git snapshot at a pinned commit at harness time (nothing of them is
    /// committed here: they hold real-looking tokens). gitleaks: the tps/fps lists of cmd/generate/config/rules/*.go;
    /// secretlint: the snapshot fixtures (test/snapshots/&lt;case&gt;/input*) of every rule the recommended preset
    /// bundles, a fixture whose output.json reports a message being a secret sample.
    /// </summary>
    public static class PeerCorpus
    {
        public const string GitleaksRules = "cmd/generate/config/rules/";
        public const string SecretlintPackages = "packages/@secretlint/";
        public const string SecretlintPreset = SecretlintPackages + "secretlint-rule-preset-recommend/package.json";

        public static PeerExtraction Gitleaks(string gitDir, string commit) => Gitleaks(ReadSnapshot(gitDir, commit, GitleaksRules));

        public static PeerExtraction Gitleaks(IReadOnlyDictionary<string, string> files)
        {
            var samples = new List<PeerSample>();
            int skipped = 0;
            foreach (var (path, source) in files.OrderBy(f => f.Key, StringComparer.Ordinal))
            {
                if (!path.StartsWith(GitleaksRules, StringComparison.Ordinal) || !path.EndsWith(".go", StringComparison.Ordinal) || path.EndsWith("_test.go", StringComparison.Ordinal)) continue;
                string provider = Path.GetFileNameWithoutExtension(path);
                foreach (var rule in GoSampleReader.Read(source))
                {
                    skipped += rule.Skipped;
                    samples.AddRange(rule.TruePositives.Select(t => new PeerSample("gitleaks", provider, rule.RuleId, IsSecret: true, t)));
                    samples.AddRange(rule.FalsePositives.Select(t => new PeerSample("gitleaks", provider, rule.RuleId, IsSecret: false, t)));
                }
            }
            return new PeerExtraction(Clean(samples), skipped, 0);
        }

        public static PeerExtraction Secretlint(string gitDir, string commit) => Secretlint(ReadSnapshot(gitDir, commit, SecretlintPackages));

        public static PeerExtraction Secretlint(IReadOnlyDictionary<string, string> files)
        {
            if (!files.TryGetValue(SecretlintPreset, out string? preset)) throw new InvalidOperationException("the snapshot has no " + SecretlintPreset);
            var rules = PresetRules(preset);
            var samples = new List<PeerSample>();
            int withOptions = 0;
            // packages/@secretlint/<rule>/test/snapshots/<case>/<file>
            var cases = files.Keys.Select(p => p.Split('/')).Where(p => p.Length == 7 && p[3] == "test" && p[4] == "snapshots" && rules.Contains(p[2]))
                .GroupBy(p => (Rule: p[2], Case: p[5])).OrderBy(g => g.Key.Rule, StringComparer.Ordinal).ThenBy(g => g.Key.Case, StringComparer.Ordinal);
            foreach (var fixture in cases)
            {
                string folder = SecretlintPackages + fixture.Key.Rule + "/test/snapshots/" + fixture.Key.Case + "/";
                string? input = fixture.Select(p => p[6]).Where(n => n == "input" || n.StartsWith("input.", StringComparison.Ordinal)).OrderBy(n => n, StringComparer.Ordinal).FirstOrDefault();
                if (input is null || !files.TryGetValue(folder + "output.json", out string? output)) continue;
                // A fixture configuring the rule tests a non-default behaviour of the preset (AWS account ids, allow lists).
                if (files.TryGetValue(folder + ".secretlintrc.json", out string? config) && config.Contains("\"options\"", StringComparison.Ordinal)) { withOptions++; continue; }
                using var json = JsonDocument.Parse(output);
                bool secret = json.RootElement.TryGetProperty("messages", out var messages) && messages.GetArrayLength() > 0;
                string extension = Path.GetExtension(input);
                samples.Add(new PeerSample("secretlint", fixture.Key.Rule.Replace("secretlint-rule-", ""), fixture.Key.Case, secret, files[folder + input], extension.Length == 0 ? ".txt" : extension));
            }
            return new PeerExtraction(Clean(samples), 0, withOptions);
        }

        /// <summary>The rule packages the recommended preset depends on (its filter-comments helper is not a detector).</summary>
        public static HashSet<string> PresetRules(string presetPackageJson)
        {
            using var json = JsonDocument.Parse(presetPackageJson);
            var names = new HashSet<string>(StringComparer.Ordinal);
            foreach (string section in new[] { "dependencies", "devDependencies" })
                if (json.RootElement.TryGetProperty(section, out var dependencies))
                    foreach (var dependency in dependencies.EnumerateObject())
                        if (dependency.Name.StartsWith("@secretlint/secretlint-rule-", StringComparison.Ordinal) && !dependency.Name.Contains("preset", StringComparison.Ordinal) && !dependency.Name.EndsWith("filter-comments", StringComparison.Ordinal))
                            names.Add(dependency.Name.Substring("@secretlint/".Length));
            return names;
        }

        /// <summary>One sample a text: a text both labels claim is dropped, repeats of one label kept once.</summary>
        public static IReadOnlyList<PeerSample> Clean(IEnumerable<PeerSample> samples) =>
            samples.Where(s => s.Text.Trim().Length > 0)
                .GroupBy(s => (s.Suite, s.Text))
                .Where(g => g.Select(s => s.IsSecret).Distinct().Count() == 1)
                .Select(g => g.First())
                .ToList();

        /// <summary>Writes every sample as its own file, root/&lt;suite&gt;/&lt;provider&gt;/&lt;n&gt;&lt;ext&gt;; names say nothing of the label.</summary>
        public static IReadOnlyList<PeerFile> Write(string root, IEnumerable<PeerSample> samples)
        {
            if (Directory.Exists(root)) Directory.Delete(root, recursive: true);
            var files = new List<PeerFile>();
            foreach (var group in samples.GroupBy(s => (s.Suite, s.Provider)))
            {
                int n = 0;
                foreach (var sample in group)
                {
                    string relative = $"{Safe(group.Key.Suite)}/{Safe(group.Key.Provider)}/{++n:0000}{sample.Extension}";
                    string path = Path.Combine(root, relative);
                    Directory.CreateDirectory(Path.GetDirectoryName(path)!);
                    if (sample.Text.StartsWith(BinaryMark, StringComparison.Ordinal)) File.WriteAllBytes(path, Convert.FromBase64String(sample.Text.Substring(BinaryMark.Length)));
                    else File.WriteAllText(path, sample.Text.EndsWith('\n') ? sample.Text : sample.Text + "\n", new UTF8Encoding(encoderShouldEmitUTF8Identifier: false));
                    files.Add(new PeerFile(relative, sample));
                }
            }
            return files;
        }

        private static string Safe(string name) => new string(name.Select(c => char.IsLetterOrDigit(c) || c is '-' or '_' or '.' ? c : '-').ToArray());

        /// <summary>How a fixture that is not UTF-8 text (secretlint's PKCS#12 files) is carried as a string: its bytes in base64 after this mark, written back byte for byte.</summary>
        public const string BinaryMark = "\0binary-base64:";

        private static string AsText(byte[] bytes)
        {
            try
            {
                int bom = bytes.Length >= 3 && bytes[0] == 0xEF && bytes[1] == 0xBB && bytes[2] == 0xBF ? 3 : 0;
                string text = new UTF8Encoding(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true).GetString(bytes, bom, bytes.Length - bom);
                if (text.IndexOf('\0') < 0) return text;
            }
            catch (DecoderFallbackException)
            {
            }

            return BinaryMark + Convert.ToBase64String(bytes);
        }

        /// <summary>The text files under <paramref name="under"/> at <paramref name="commit"/> of a (bare) git directory, by path.</summary>
        public static IReadOnlyDictionary<string, string> ReadSnapshot(string gitDir, string commit, string under)
        {
            var start = new ProcessStartInfo("git") { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
            foreach (string argument in new[] { "--git-dir", gitDir, "archive", "--format=tar", commit, "--", under }) start.ArgumentList.Add(argument);
            using var process = Process.Start(start)!;
            var errors = process.StandardError.ReadToEndAsync();
            var tar = new MemoryStream();
            process.StandardOutput.BaseStream.CopyTo(tar);
            process.WaitForExit();
            if (process.ExitCode != 0) throw new InvalidOperationException($"git archive {commit} {under} in {gitDir} failed: {errors.Result.Trim()}");
            tar.Position = 0;
            var files = new Dictionary<string, string>(StringComparer.Ordinal);
            using var reader = new TarReader(tar);
            while (reader.GetNextEntry() is { } entry)
            {
                if (entry.EntryType is not (TarEntryType.RegularFile or TarEntryType.V7RegularFile) || entry.DataStream is null) continue;
                var bytes = new MemoryStream();
                entry.DataStream.CopyTo(bytes);
                files[entry.Name] = AsText(bytes.ToArray());
            }
            return files;
        }
    }
}
