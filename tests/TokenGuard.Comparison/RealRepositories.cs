using System;
using System.Collections.Generic;
using System.Diagnostics;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Text;
using System.Text.Json;
using TokenGuard.Detection;

namespace TokenGuard.Comparison
{
    /// <summary>
    /// <c>tokenguard scan</c> over a folder of real public repositories (one per subfolder): every finding listed with
    /// the shape of its value (length and character classes, never the value), the ones that are not credential-shaped
    /// counted, and documented sample keys counted; per repository its size, files, findings and the median scan time.
    /// </summary>
    public static class RealRepositories
    {
        public static readonly string[] SummaryHeader = { "repository", "size (MB)", "files", "findings", "not credential-shaped", "value not located", "documented samples", "scan (s, median)", "MB/s" };
        public static readonly string[] FindingHeader = { "repository", "file", "line", "rule id", "value shape", "credential-shaped" };

        public static string Run(string repositories, string tokenguard, int repeat, Action<string> log)
        {
            var summary = new List<IReadOnlyList<string>>();
            var rows = new List<IReadOnlyList<string>>();
            foreach (string root in Directory.GetDirectories(repositories).OrderBy(d => d, StringComparer.Ordinal))
            {
                string name = Path.GetFileName(root);
                string[] files = Directory.GetFiles(root, "*", SearchOption.AllDirectories).Where(f => !f.Contains(Path.DirectorySeparatorChar + ".git" + Path.DirectorySeparatorChar, StringComparison.Ordinal)).ToArray();
                double megabytes = files.Sum(f => new FileInfo(f).Length) / (1024.0 * 1024.0);
                var times = new List<double>();
                string json = "";
                for (int i = 0; i < Math.Max(1, repeat); i++)
                {
                    var watch = Stopwatch.StartNew();
                    json = Scan(tokenguard, root);
                    times.Add(watch.Elapsed.TotalSeconds);
                }

                double median = Statistics.Median(times);
                List<Finding> findings = WithShapes(root, Parse(json));
                log($"{name}: {megabytes:F1} MB, {files.Length} files, {findings.Count} findings, {median:F2} s");
                rows.AddRange(findings.Select(f => (IReadOnlyList<string>)new[]
                {
                    name, f.File, f.Line.ToString(CultureInfo.InvariantCulture), f.Id + " " + f.Rule, f.Shape.Describe(), f.Shape.Length == 0 ? "not located" : IsCredentialShaped(f) ? "yes" : "**no**",
                }));
                summary.Add(new[]
                {
                    name, megabytes.ToString("F1", CultureInfo.InvariantCulture), files.Length.ToString(CultureInfo.InvariantCulture),
                    findings.Count.ToString(CultureInfo.InvariantCulture), findings.Count(f => f.Shape.Length > 0 && !IsCredentialShaped(f)).ToString(CultureInfo.InvariantCulture),
                    findings.Count(f => f.Shape.Length == 0).ToString(CultureInfo.InvariantCulture),
                    findings.Count(f => f.Shape.IsDocumentedSample).ToString(CultureInfo.InvariantCulture),
                    median.ToString("F2", CultureInfo.InvariantCulture), (megabytes / median).ToString("F1", CultureInfo.InvariantCulture),
                });
            }

            return "## tokenguard scan on real repositories\n\n" + MarkdownTable.Render(SummaryHeader, summary) + "\n" +
                "### Every finding\n\nValue shape: length and character classes of the reported value (A upper, a lower, 9 digit, # other), never the value.\n\n" +
                MarkdownTable.Render(FindingHeader, rows) + "\n";
        }

        private static string Scan(string tokenguard, string root)
        {
            var start = new ProcessStartInfo(tokenguard) { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
            foreach (string argument in new[] { "scan", root, "--format", "json" }) start.ArgumentList.Add(argument);
            using Process process = Process.Start(start) ?? throw new InvalidOperationException("cannot start " + tokenguard);
            var errors = process.StandardError.ReadToEndAsync();
            string output = process.StandardOutput.ReadToEnd();
            process.WaitForExit();
            if (process.ExitCode > 1) throw new InvalidOperationException($"tokenguard scan {root} exited {process.ExitCode}: {errors.Result}");
            return output;
        }

        public static IEnumerable<Finding> Parse(string json)
        {
            using JsonDocument document = JsonDocument.Parse(json);
            foreach (JsonElement row in document.RootElement.EnumerateArray())
            {
                yield return new Finding(
                    File: row.GetProperty("file").GetString()!,
                    Line: row.GetProperty("line").GetInt32(),
                    Column: row.GetProperty("column").GetInt32(),
                    Id: row.GetProperty("id").GetString()!,
                    Rule: row.TryGetProperty("rule", out JsonElement rule) ? rule.GetString() ?? "" : "",
                    Fingerprint: row.TryGetProperty("fingerprint", out JsonElement fingerprint) ? fingerprint.GetString() : null,
                    Shape: ValueShape.Unknown);
            }
        }

        /// <summary>
        /// The value the finding's fingerprint names, found from its column on (ending at a quote, a separator or a line
        /// break, a key block's lines included); its shape only leaves this method. A value folded from constants is not
        /// in the text: it takes the shape of the same fingerprint found elsewhere in the repository, if any.
        /// </summary>
        private static ValueShape ShapeAt(string root, Finding finding)
        {
            if (finding.Fingerprint is null) return ValueShape.Unknown;
            string[] lines = File.ReadAllLines(Path.Combine(root, finding.File));
            if (finding.Line < 1 || finding.Line > lines.Length) return ValueShape.Unknown;
            string text = string.Join("\n", lines.Skip(finding.Line - 1).Take(200));
            int firstLine = lines[finding.Line - 1].Length;
            foreach (int start in Enumerable.Range(0, 300).Select(step => finding.Column - 1 + (step % 2 == 0 ? step / 2 : -(step + 1) / 2)).Where(s => s >= 0 && s < firstLine))
            {
                int ends = 0;
                for (int end = start + 1; end <= text.Length && end - start <= 16_384 && ends < 400; end++)
                {
                    if (end < text.Length && !IsDelimiter(text[end])) continue;
                    ends++;
                    string candidate = text.Substring(start, end - start);
                    if (Redaction.Fingerprint(candidate).StartsWith(finding.Fingerprint, StringComparison.Ordinal)) return ValueShape.Of(candidate);
                }
            }

            return ValueShape.Unknown;
        }

        private static bool IsDelimiter(char c) => c == '"' || c == '\'' || c == ';' || c == ',' || c == '<' || c == '&' || c == '\n' || c == '\r' || char.IsWhiteSpace(c) || c == ')' || c == '}';

        private static List<Finding> WithShapes(string root, IEnumerable<Finding> findings)
        {
            List<Finding> shaped = findings.Select(f => f with { Shape = ShapeAt(root, f) }).ToList();
            var byFingerprint = shaped.Where(f => f.Shape.Length > 0 && f.Fingerprint != null).GroupBy(f => f.Fingerprint!).ToDictionary(g => g.Key, g => g.First().Shape);
            return shaped.Select(f => f.Shape.Length == 0 && f.Fingerprint != null && byFingerprint.TryGetValue(f.Fingerprint, out ValueShape? same) ? f with { Shape = same } : f).ToList();
        }

        /// <summary>A password field's value is a credential by where it stands (pwd=…, user:pass@, DB_PASSWORD=…), whatever its letters.</summary>
        private static readonly string[] PasswordFieldRules = { "connection-string-password", "url-credentials", "committed-secret" };

        public static bool IsCredentialShaped(Finding finding) =>
            PasswordFieldRules.Contains(finding.Rule) ? finding.Shape.IsPasswordShaped : finding.Shape.IsCredentialShaped;

        public sealed record Finding(string File, int Line, int Column, string Id, string Rule, string? Fingerprint, ValueShape Shape);
    }

    /// <summary>What a reported value looks like without showing it: its length and character classes.</summary>
    public sealed record ValueShape(int Length, bool Upper, bool Lower, bool Digit, bool Other, bool Whitespace, bool IsDocumentedSample)
    {
        public static readonly ValueShape Unknown = new ValueShape(0, false, false, false, false, false, false);

        public static ValueShape Of(string value) => new ValueShape(
            value.Length, value.Any(char.IsUpper), value.Any(char.IsLower), value.Any(char.IsDigit),
            value.Any(c => !char.IsLetterOrDigit(c) && !char.IsWhiteSpace(c)), value.Any(char.IsWhiteSpace),
            DocumentedExamples.Contains(Redaction.Fingerprint(value.Trim())) || value.Contains("EXAMPLE", StringComparison.Ordinal));

        private int Classes => (Upper ? 1 : 0) + (Lower ? 1 : 0) + (Digit ? 1 : 0) + (Other ? 1 : 0);

        /// <summary>
        /// Shaped like a credential, judged apart from the engine: one run of at least 8 characters (a multi-line key
        /// block is allowed its line breaks) of three classes, or of at least 16 with letters and digits; not a placeholder.
        /// </summary>
        public bool IsCredentialShaped => Length >= 8 && !IsDocumentedSample && (Classes >= 3 || (Length >= 16 && Digit && (Upper || Lower))) && (!Whitespace || Length > 100);

        /// <summary>A password field's value: one run of at least 4 characters, not a switch or a number, not a sample.</summary>
        public bool IsPasswordShaped => Length >= 4 && !Whitespace && !IsDocumentedSample && (Upper || Lower || Other);

        public string Describe()
        {
            if (Length == 0) return "(value not located)";
            var classes = new StringBuilder();
            if (Upper) classes.Append('A');
            if (Lower) classes.Append('a');
            if (Digit) classes.Append('9');
            if (Other) classes.Append('#');
            if (Whitespace) classes.Append('␣');
            return $"{Length} chars [{classes}]" + (IsDocumentedSample ? " documented sample" : "");
        }
    }
}
