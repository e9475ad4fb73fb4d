using System;
using System.Collections.Generic;
using System.Linq;
using System.Text.Encodings.Web;
using System.Text.Json;
using TokenGuard.Cli;
using TokenGuard.Cli.History;
using TokenGuard.Detection;

namespace TokenGuard.Tests
{
    /// <summary><c>scan --format json</c> writes, member by member, the bytes the reflection serializer wrote for its rows.</summary>
    public class ScanJsonWriterTests
    {
        private static readonly TokenRule Rule = new TokenRule(
            id: "sample-rule", provider: "Sample \"Provider\" é", description: "Sample token <b>&</b>", confidence: TokenConfidence.High,
            keywords: Array.Empty<string>(), pattern: "(?!)", visiblePrefixLength: 0);

        [Fact]
        public void No_finding_is_an_empty_array()
        {
            Assert.Equal(Serialized(new List<ReportedFinding>()), ScanJsonWriter.Write(new List<ReportedFinding>()));
        }

        [Fact]
        public void Every_kind_of_finding_is_written_as_the_serializer_wrote_it()
        {
            var token = new TokenFinding(Rule, start: 0, length: 10, redacted: "abc…xyz", fingerprint: "sha256:0123");
            var findings = new List<ReportedFinding>
            {
                new ReportedFinding(ScanFinding.HardCoded("src/a \"b\"\\c\u0001.cs", 12, 7, token)),
                new ReportedFinding(ScanFinding.Unregistered("dir/é€😀.json", 1, 1, new TextUsage("configuration", "Api:Key<'&'>", 0, inSettingsFile: true))),
                new ReportedFinding(ScanFinding.Unregistered("x.cs", 3, 2, new TextUsage("environment", "TOKEN\tNAME", 0, inSettingsFile: false, prefixKnown: false))),
                new ReportedFinding(ScanFinding.HardCoded("h.txt", 99999, 1, token, diagnosticId: "TG0004"), commit: "0123456789abcdef", authorDate: new DateTimeOffset(2024, 5, 1, 13, 4, 5, TimeSpan.FromHours(-7))),
                new ReportedFinding(ScanFinding.HardCoded("live.txt", 1, 2, token), live: new LiveStatus(active: true, provider: "github", kind: "classic PAT", owner: "octo\ncat", source: "export.json:12 id")),
                new ReportedFinding(ScanFinding.HardCoded("revoked.txt", 1, 2, token), live: new LiveStatus(active: false, provider: "aws", kind: "access key", owner: null, source: "report.csv:3")),
            };

            Assert.Equal(Serialized(findings), ScanJsonWriter.Write(findings));
        }

        // What scan wrote before: anonymous rows through JsonSerializer.
        private static string Serialized(IReadOnlyList<ReportedFinding> findings)
        {
            var rows = findings.Select(r => new
            {
                file = r.Finding.File,
                line = r.Finding.Line,
                column = r.Finding.Column,
                id = r.Finding.DiagnosticId,
                rule = r.Finding.Rule,
                message = r.Finding.Message,
                provider = r.Finding.Token?.Rule.Provider,
                redacted = r.Finding.Redacted,
                fingerprint = r.Finding.Fingerprint,
                commit = r.Commit,
                authorDate = r.AuthorDate?.ToString("yyyy-MM-ddTHH:mm:sszzz", System.Globalization.CultureInfo.InvariantCulture),
                live = r.Live is null ? null : new { active = r.Live.Active, provider = r.Live.Provider, kind = r.Live.Kind, owner = r.Live.Owner, source = r.Live.Source },
            });
            return JsonSerializer.Serialize(rows, new JsonSerializerOptions { WriteIndented = true, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping, DefaultIgnoreCondition = System.Text.Json.Serialization.JsonIgnoreCondition.WhenWritingNull });
        }
    }
}
