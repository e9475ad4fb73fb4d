using System;
using System.CommandLine;
using System.Globalization;
using TokenGuard.Cli.Inventory;
using TokenGuard.Cli.Terminal;

namespace TokenGuard.Cli.Evidence
{
    /// <summary>The <c>evidence</c> command's options.</summary>
    internal static class EvidenceCommandLine
    {
        public static Command Build()
        {
            Option<string?> store = StoreOption.Create(required: false);
            var json = new Option<string?>("--json") { Description = "Write the evidence as JSON" };
            var html = new Option<string?>("--html") { Description = "Write the evidence as a self-contained HTML page (prints too)" };
            var period = new Option<string>("--period") { Description = "The period covered, ending with --today: 90d, 12w, …", DefaultValueFactory = _ => "90d" };
            var today = new Option<string?>("--today") { Description = "Evidence date yyyy-MM-dd (default: today, UTC)" };
            var owners = new Option<string[]>("--owners") { Description = "Directory exports (as audit --owners): who left, and when (repeatable)", AllowMultipleArgumentsPerToken = true };
            var ownerMap = new Option<string?>("--owner-map") { Description = "principal,identity CSV or YAML map (as audit --owner-map)" };
            var seed = new Option<int?>("--sample-seed") { Description = "Seed of the token sample (default: the evidence date as yyyyMMdd)" };
            var revokeWithin = new Option<string>("--revoke-within") { Description = "Deprovisioning target: 24h, 2d, …", DefaultValueFactory = _ => "24h" };
            var command = new Command("evidence", "Audit evidence from the store's history: inventory completeness, coverage per system, a token sample, discovery runs, deprovisioning timings, a verdict.")
            {
                store, json, html, period, today, owners, ownerMap, seed, revokeWithin,
            };
            foreach (Option<string> duration in new[] { period, revokeWithin })
            {
                duration.Validators.Add(result =>
                {
                    string value = result.GetValueOrDefault<string>();
                    if (!DurationText.TryParse(value, out _)) result.AddError($"{duration.Name} must be a duration such as 90d, 24h or 2w, not '{TerminalText.Safe(value)}'");
                });
            }

            today.Validators.Add(result =>
            {
                string? value = result.GetValueOrDefault<string?>();
                if (value != null && !Conventions.TryParseDate(text: value, date: out _))
                    result.AddError($"--today must be a date {Conventions.DateFormat}, not '{TerminalText.Safe(value)}'");
            });
            command.SetAction(parse =>
            {
                DurationText.TryParse(parse.GetValue(period)!, out TimeSpan periodLength);
                DurationText.TryParse(parse.GetValue(revokeWithin)!, out TimeSpan target);
                return EvidenceCommand.Run(
                    new EvidenceOptions
                    {
                        Store = StoreOption.Resolve(parse.GetValue(store)) ?? "",
                        Json = parse.GetValue(json),
                        Html = parse.GetValue(html),
                        Period = periodLength,
                        Today = parse.GetValue(today) is string day ? DateTime.ParseExact(day, Conventions.DateFormat, CultureInfo.InvariantCulture) : DateTime.UtcNow.Date,
                        Owners = parse.GetValue(owners) ?? Array.Empty<string>(),
                        OwnerMap = parse.GetValue(ownerMap),
                        SampleSeed = parse.GetValue(seed),
                        RevokeWithin = target,
                    },
                    Console.Out,
                    Console.Error);
            });
            return command;
        }
    }
}
