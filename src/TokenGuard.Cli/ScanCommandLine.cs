using System;
using System.CommandLine;
using TokenGuard.Cli.History;

namespace TokenGuard.Cli
{
    /// <summary>The <c>scan</c> command's options: the tree, the index or the history; baseline; provider exports as <c>audit</c> reads them.</summary>
    internal static class ScanCommandLine
    {
        public static Command Build()
        {
            var scanPath = new Argument<string>("path") { Description = "Working tree (or git repository) to scan", DefaultValueFactory = _ => "." };
            var format = new Option<string>("--format") { Description = "text, json or sarif", DefaultValueFactory = _ => "text" };
            format.AcceptOnlyFromAmong("text", "json", "sarif");
            var manifest = new Option<string?>("--manifest") { Description = "tokens.yaml whose fingerprints accept known literals (default: <path>/tokens.yaml)" };
            var history = new Option<bool>("--history") { Description = "Scan every blob reachable from the refs (each once), not the working tree" };
            var since = new Option<string?>("--since") { Description = "With --history: only commits after this revision, or since this date (yyyy-MM-dd)" };
            var branches = new Option<string[]>("--branches") { Description = "With --history: 'all' (default) or the refs to read", AllowMultipleArgumentsPerToken = true };
            var staged = new Option<bool>("--staged") { Description = "Scan only what the index would commit (pre-commit hooks)" };
            var baseline = new Option<string?>("--baseline") { Description = $"Baseline of accepted fingerprints (default: <path>/{Baseline.DefaultFileName}, used when present)" };
            var writeBaseline = new Option<bool>("--write-baseline") { Description = "Record today's findings in the baseline as accepted (fingerprints only) and exit 0" };
            Option<string[]> Export(string name, string description) => new Option<string[]>(name) { Description = description + ": say which found tokens are live (repeatable)", AllowMultipleArgumentsPerToken = true };
            var github = Export("--github", "GitHub export, as audit reads it");
            var aws = Export("--aws", "AWS export, as audit reads it");
            var azureDevOps = Export("--azure-devops", "Azure DevOps export, as audit reads it");
            var gitlab = Export("--gitlab", "GitLab export, as audit reads it");
            var scan = new Command("scan", "Report hard-coded tokens in every text file (respects .gitignore), the index or the git history; exit code 1 when any is found.")
            {
                scanPath, format, manifest, history, since, branches, staged, baseline, writeBaseline, github, aws, azureDevOps, gitlab,
            };
            scan.Validators.Add(result =>
            {
                bool isHistory = result.GetValue(history);
                if (isHistory && result.GetValue(staged)) result.AddError("--history and --staged cannot be combined");
                if (!isHistory && (result.GetValue(since) != null || (result.GetValue(branches)?.Length ?? 0) > 0)) result.AddError("--since and --branches need --history");
            });
            scan.SetAction(parse => ScanCommand.Run(
                new ScanRequest
                {
                    Path = parse.GetValue(scanPath)!,
                    Format = parse.GetValue(format)!,
                    Manifest = parse.GetValue(manifest),
                    History = parse.GetValue(history),
                    Since = parse.GetValue(since),
                    Branches = parse.GetValue(branches) ?? Array.Empty<string>(),
                    Staged = parse.GetValue(staged),
                    Baseline = parse.GetValue(baseline),
                    WriteBaseline = parse.GetValue(writeBaseline),
                    Exports = new ScanExports
                    {
                        GitHub = parse.GetValue(github) ?? Array.Empty<string>(),
                        Aws = parse.GetValue(aws) ?? Array.Empty<string>(),
                        AzureDevOps = parse.GetValue(azureDevOps) ?? Array.Empty<string>(),
                        GitLab = parse.GetValue(gitlab) ?? Array.Empty<string>(),
                    },
                    Interactive = !Console.IsOutputRedirected && parse.GetValue(format) == "text" && !parse.GetValue(history) && !parse.GetValue(staged),
                },
                Console.Out,
                Console.Error));
            return scan;
        }
    }
}
