using System;
using System.Globalization;
using System.CommandLine;
using System.CommandLine.Parsing;
using System.IO;
using TokenGuard.Cli.Terminal;

namespace TokenGuard.Cli
{
    /// <summary>The <c>tokenguard</c> command line.</summary>
    public static class Program
    {
        public static int Main(string[] args)
        {
            // Everything printed passes the redaction gate, whichever command or library wrote it.
            var output = new RedactingTextWriter(Console.Out);
            var errors = new RedactingTextWriter(Console.Error);
            Console.SetOut(output);
            Console.SetError(errors);
            try
            {
                return Run(args, Console.Error);
            }
            finally
            {
                output.Flush();
                errors.Flush();
            }
        }

        /// <summary>Parses and runs; an invalid option value is exit code 2, an unexpected exception one line and code 3.</summary>
        internal static int Run(string[] args, TextWriter errors)
        {
            ParseResult parse = BuildCommand().Parse(args);
            if (parse.Errors.Count > 0)
            {
                foreach (ParseError error in parse.Errors) errors.WriteLine("tokenguard: " + TerminalText.Safe(error.Message));
                errors.WriteLine("tokenguard: see 'tokenguard --help'.");
                return ExitCodes.UnusableInput;
            }

            try
            {
                return parse.Invoke(new InvocationConfiguration { EnableDefaultExceptionHandler = false });
            }
            catch (Exception ex)
            {
                return CrashReport.Write(ex, errors);
            }
        }

        internal static RootCommand BuildCommand()
        {
            var root = new RootCommand("TokenGuard: find hard-coded tokens and keep the token inventory (tokens.yaml).");

            root.Subcommands.Add(ScanCommandLine.Build());

            var initPath = new Argument<string>("path") { Description = "Repository root", DefaultValueFactory = _ => "." };
            var force = new Option<bool>("--force") { Description = "Add the usages found to an existing tokens.yaml" };
            var init = new Command("init", "Write a starting tokens.yaml from the token usages found, owners and expiries as TODOs.") { initPath, force };
            init.SetAction(parse => InitCommand.Run(parse.GetValue(initPath)!, parse.GetValue(force), Console.Out, Console.Error));
            root.Subcommands.Add(init);

            var artifacts = new Argument<string[]>("artifacts") { Description = $"Inventory files, or directories searched for {Inventory.MergeCommand.ArtifactFileName}", Arity = ArgumentArity.OneOrMore };
            var mergeOutput = new Option<string>("--output", "-o") { Description = "Central inventory to write", Required = true };
            var merge = new Command("merge", "Merge the inventories of many repositories into one, deduplicated by token identity, every source kept.") { artifacts, mergeOutput };
            merge.SetAction(parse => Inventory.MergeCommand.Run(parse.GetValue(artifacts)!, parse.GetValue(mergeOutput)!, Console.Out, Console.Error));
            var inventoryCommand = new Command("inventory", "Work with inventory artifacts and the inventory store.") { merge };
            Inventory.StoreCommandLine.AddTo(inventoryCommand);
            root.Subcommands.Add(inventoryCommand);

            root.Subcommands.Add(BuildAuditCommand());
            root.Subcommands.Add(Evidence.EvidenceCommandLine.Build());
            return root;
        }
    

        private static Command BuildAuditCommand()
        {
            var inventory = new Option<string>("--inventory") { Description = "Central inventory (tokenguard inventory merge) or one project's artifact; with --store, ingested first" };
            Option<string?> store = Inventory.StoreOption.Create(required: false);
            Option<string[]> Export(string name, string description) => new Option<string[]>(name) { Description = description + " (repeatable)", AllowMultipleArgumentsPerToken = true };
            var github = Export("--github", "GitHub export: org personal-access-tokens, credential-authorizations or repo deploy keys JSON");
            var aws = Export("--aws", "AWS export: list-access-keys JSON, get-access-key-last-used JSON or the credential report CSV");
            var azureDevOps = Export("--azure-devops", "Azure DevOps export: tokens/pats or tokenadmin/personalaccesstokens JSON");
            var gitlab = Export("--gitlab", "GitLab export: personal or project access tokens JSON");
            var owners = Export("--owners", "Who is still employed: Entra ID (Graph users, deleted users, admin center CSV), Okta users, Google Workspace users, GitHub org members or outside collaborators JSON, or a principal,status CSV/YAML");
            var ownerMap = new Option<string?>("--owner-map") { Description = "principal,identity CSV or YAML map: the manifest principal of a directory identity that is not user:<local part> (a GitHub login …)" };
            var today = new Option<string?>("--today") { Description = "Audit date yyyy-MM-dd (default: today, UTC)" };
            var minimum = new Option<double>("--min-coverage") { Description = "Percent of live tokens that must be inventoried", DefaultValueFactory = _ => 95 };
            var format = new Option<string>("--format") { Description = "table or json on standard output", DefaultValueFactory = _ => "table" };
            format.AcceptOnlyFromAmong("table", "json");
            var html = new Option<string?>("--html") { Description = "Also write a self-contained HTML report with charts" };
            var lenient = new Option<bool>("--lenient") { Description = "Unknown fields in exports are warnings, not errors" };
            var audit = new Command("audit", "Check the inventory against the providers' exports: coverage, missing, orphaned, expired, unused, departed owners.")
            {
                inventory, store, github, aws, azureDevOps, gitlab, owners, ownerMap, today, minimum, format, html, lenient,
            };
            today.Validators.Add(result =>
            {
                string? value = result.GetValueOrDefault<string?>();
                if (value != null && !Conventions.TryParseDate(text: value, date: out _))
                    result.AddError($"--today must be a date {Conventions.DateFormat}, not '{TerminalText.Safe(value)}'");
            });
            minimum.Validators.Add(result =>
            {
                // Read the text, not the converted value: conversion throws on 'abc', which the parser reports itself.
                if (result.Tokens.Count == 0 || !double.TryParse(result.Tokens[0].Value, NumberStyles.Float, CultureInfo.InvariantCulture, out double value)) return;
                if (double.IsNaN(value) || value < 0 || value > 100)
                    result.AddError("--min-coverage must be a percentage from 0 to 100");
            });
            audit.SetAction(parse => Audit.AuditCommand.Run(
                new Audit.AuditInputs
                {
                    Inventory = parse.GetValue(inventory) ?? "",
                    Store = Inventory.StoreOption.Resolve(parse.GetValue(store)),
                    GitHub = parse.GetValue(github) ?? Array.Empty<string>(),
                    Aws = parse.GetValue(aws) ?? Array.Empty<string>(),
                    AzureDevOps = parse.GetValue(azureDevOps) ?? Array.Empty<string>(),
                    GitLab = parse.GetValue(gitlab) ?? Array.Empty<string>(),
                    Owners = parse.GetValue(owners) ?? Array.Empty<string>(),
                    OwnerMap = parse.GetValue(ownerMap),
                    Today = parse.GetValue(today) is string day ? DateTime.ParseExact(day, Conventions.DateFormat, CultureInfo.InvariantCulture) : DateTime.UtcNow.Date,
                    MinimumCoverage = parse.GetValue(minimum),
                    Format = parse.GetValue(format)!,
                    Html = parse.GetValue(html),
                    Lenient = parse.GetValue(lenient),
                },
                Console.Out,
                Console.Error));
            return audit;
        }
    }
}
