using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text.Json;
using TokenGuard.Csv;

namespace TokenGuard.Cli.Audit.Providers
{
    /// <summary>
    /// AWS IAM: <c>list-access-keys</c> gives key ids, <c>get-credential-report</c> gives last use per user and
    /// key slot but no key id, <c>get-access-key-last-used</c> gives last use per user. The report is joined to
    /// the key list by the slot's <c>last_rotated</c> = the key's <c>CreateDate</c>.
    /// </summary>
    internal static class AwsExports
    {
        public const string Provider = "aws";

        private static readonly ExportShape AccessKey = new ExportShape("AWS list-access-keys", new[] { "AccessKeyId", "UserName" }, "Status", "CreateDate");

        private static readonly string[] ReportColumns =
        {
            "user", "arn",
            "access_key_1_active", "access_key_1_last_rotated", "access_key_1_last_used_date",
            "access_key_2_active", "access_key_2_last_rotated", "access_key_2_last_used_date",
        };

        public static IReadOnlyList<LiveToken> Read(IEnumerable<string> paths, ExportReadOptions options)
        {
            var keys = new List<LiveToken>();
            var reportSlots = new List<ReportSlot>();
            var lastUsed = new List<LastUse>();
            foreach (string path in paths)
            {
                if (path.EndsWith(".csv", StringComparison.OrdinalIgnoreCase))
                {
                    reportSlots.AddRange(ReadCredentialReport(path));
                    continue;
                }

                ExportFile file = ExportFile.Open(path);
                if (file.RootHas("AccessKeyMetadata"))
                    keys.AddRange(file.Records("AccessKeyMetadata", AccessKey, options, "IsTruncated", "Marker").Select(FromAccessKey));
                else if (file.RootHas("AccessKeyLastUsed"))
                    lastUsed.Add(ReadLastUsed(new ExportRecord(path, 1, file.Root)));
                else
                    throw new InputFileException(path, 1, "not an AWS export this version reads: expected list-access-keys (AccessKeyMetadata), get-access-key-last-used (AccessKeyLastUsed) or a credential report (.csv)");
            }

            var tokens = new List<LiveToken>(keys);
            foreach (ReportSlot slot in reportSlots) tokens.AddRange(Join(slot, keys));
            foreach (LastUse use in lastUsed) AttachLastUsed(use, keys, options);
            return tokens;
        }

        private static LiveToken FromAccessKey(ExportRecord record)
        {
            string status = record.String("Status") ?? "Active";
            var token = new LiveToken(Provider, "access key", record.Where("AccessKeyId"))
            {
                Ref = record.String("AccessKeyId"),
                Owner = record.Sourced("UserName"),
                Created = record.Date("CreateDate"),
                Active = !string.Equals(status, "Inactive", StringComparison.OrdinalIgnoreCase),
                ExpiredAtProvider = string.Equals(status, "Expired", StringComparison.OrdinalIgnoreCase),
            };
            token.Notes.Add("AWS access keys do not expire");
            return token;
        }

        /// <summary>Adds the slot's last use to its key; a slot with no key in the list is a live key whose id is unknown.</summary>
        private static IEnumerable<LiveToken> Join(ReportSlot slot, List<LiveToken> keys)
        {
            LiveToken? key = keys.FirstOrDefault(k =>
                string.Equals(k.Owner?.Value, slot.User, StringComparison.Ordinal)
                && k.Created != null && Math.Abs((k.Created.Value - slot.LastRotated.Value).TotalSeconds) < 1);
            if (key != null)
            {
                if (slot.LastUsed != null) key.LastUsed = slot.LastUsed;
                yield break;
            }

            var unlisted = new LiveToken(Provider, "access key", slot.Where)
            {
                Owner = new Sourced<string>(slot.User, slot.Where + " user"),
                Created = slot.LastRotated,
                LastUsed = slot.LastUsed,
                Active = slot.Active,
                Label = $"{slot.User} key {slot.Number} (id unknown)",
            };
            unlisted.Notes.Add($"key {slot.Number} of {slot.User}: no list-access-keys export for it, so its AccessKeyId is unknown");
            unlisted.Notes.Add("AWS access keys do not expire");
            yield return unlisted;
        }

        /// <summary>Types checked as the file is read, whether or not it can be tied to a key later.</summary>
        private static LastUse ReadLastUsed(ExportRecord record)
        {
            JsonElement? used = record.Object("AccessKeyLastUsed");
            Sourced<DateTimeOffset>? date = used is null ? null : new ExportRecord(record.File, record.Line, used.Value).Date("LastUsedDate");
            return new LastUse(record, record.String("UserName"), date is null ? null : new Sourced<DateTimeOffset>(date.Value, record.Where("AccessKeyLastUsed.LastUsedDate")));
        }

        /// <summary>get-access-key-last-used names the user, not the key: it applies only when that user has one active key.</summary>
        private static void AttachLastUsed(LastUse use, List<LiveToken> keys, ExportReadOptions options)
        {
            List<LiveToken> candidates = keys.Where(k => k.Active && string.Equals(k.Owner?.Value, use.User, StringComparison.Ordinal)).ToList();
            if (candidates.Count != 1)
            {
                options.Warn($"{use.Record.File}(1): warning: get-access-key-last-used for '{use.User}' cannot be tied to one key ({candidates.Count} active keys listed for that user), ignored");
                return;
            }

            if (use.Date != null && (candidates[0].LastUsed is null || candidates[0].LastUsed!.Value < use.Date.Value))
                candidates[0].LastUsed = use.Date;
        }

        private static IEnumerable<ReportSlot> ReadCredentialReport(string path)
        {
            IReadOnlyList<CsvRecord> records;
            try
            {
                records = CsvRecords.Read(InputFile.ReadAllText(path, "the credential report"));
            }
            catch (CsvInputException ex)
            {
                throw new InputFileException(path, ex.Line, "not a credential report CSV: " + ex.Message);
            }

            List<string> header = records.Count > 0 ? records[0].Fields.ToList() : new List<string>();
            string[] missing = ReportColumns.Where(c => !header.Contains(c)).ToArray();
            if (missing.Length > 0)
                throw new InputFileException(path, 1, $"not an AWS credential report: missing column(s) {string.Join(", ", missing)}");

            var slots = new List<ReportSlot>();
            foreach (CsvRecord record in records.Skip(1))
            {
                IReadOnlyList<string> fields = record.Fields;
                int line = record.Line;
                if (fields.Count != header.Count)
                    throw new InputFileException(path, line, $"credential report row has {fields.Count} fields, the header has {header.Count}");
                string Field(string column) => fields[header.IndexOf(column)];
                for (int slot = 1; slot <= 2; slot++)
                {
                    string where = $"{Path.GetFileName(path)}:{line}";
                    Sourced<DateTimeOffset>? rotated = ReportDate(path, line, Field($"access_key_{slot}_last_rotated"), where + $" access_key_{slot}_last_rotated");
                    if (rotated is null) continue;
                    slots.Add(new ReportSlot(Field("user"), slot, where, rotated,
                        ReportDate(path, line, Field($"access_key_{slot}_last_used_date"), where + $" access_key_{slot}_last_used_date"),
                        string.Equals(Field($"access_key_{slot}_active"), "true", StringComparison.OrdinalIgnoreCase)));
                }
            }

            return slots;
        }

        /// <summary>The report writes N/A (no key, never used), not_supported and no_information where there is no date.</summary>
        private static Sourced<DateTimeOffset>? ReportDate(string path, int line, string text, string where)
        {
            if (text.Length == 0 || text == "N/A" || text == "not_supported" || text == "no_information") return null;
            return ExportDates.TryParse(text, out DateTimeOffset date)
                ? new Sourced<DateTimeOffset>(date, where)
                : throw new InputFileException(path, line, $"'{text}' is not a date ({where.Split(' ')[1]})");
        }

        private sealed record LastUse(ExportRecord Record, string? User, Sourced<DateTimeOffset>? Date);

        private sealed class ReportSlot
        {
            public ReportSlot(string user, int number, string where, Sourced<DateTimeOffset> lastRotated, Sourced<DateTimeOffset>? lastUsed, bool active)
            {
                User = user;
                Number = number;
                Where = where;
                LastRotated = lastRotated;
                LastUsed = lastUsed;
                Active = active;
            }

            public string User { get; }

            public int Number { get; }

            public string Where { get; }

            public Sourced<DateTimeOffset> LastRotated { get; }

            public Sourced<DateTimeOffset>? LastUsed { get; }

            public bool Active { get; }
        }
    }
}
