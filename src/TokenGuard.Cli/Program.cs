using System;
using System.CommandLine;

namespace TokenGuard.Cli
{
    /// <summary>The <c>tokenguard</c> command line.</summary>
    public static class Program
    {
        public static int Main(string[] args) => BuildCommand().Parse(args).Invoke();

        internal static RootCommand BuildCommand()
        {
            var root = new RootCommand("TokenGuard: find hard-coded tokens and keep the token inventory (tokens.yaml).");

            var scanPath = new Argument<string>("path") { Description = "Working tree to scan", DefaultValueFactory = _ => "." };
            var format = new Option<string>("--format") { Description = "text, json or sarif", DefaultValueFactory = _ => "text" };
            format.AcceptOnlyFromAmong("text", "json", "sarif");
            var manifest = new Option<string?>("--manifest") { Description = "tokens.yaml whose fingerprints accept known literals (default: <path>/tokens.yaml)" };
            var scan = new Command("scan", "Report hard-coded tokens in every text file (respects .gitignore); exit code 1 when any is found.") { scanPath, format, manifest };
            scan.SetAction(parse => ScanCommand.Run(
                parse.GetValue(scanPath)!,
                parse.GetValue(format)!,
                parse.GetValue(manifest),
                Console.Out,
                Console.Error,
                interactive: !Console.IsOutputRedirected && parse.GetValue(format) == "text"));
            root.Subcommands.Add(scan);

            var initPath = new Argument<string>("path") { Description = "Repository root", DefaultValueFactory = _ => "." };
            var force = new Option<bool>("--force") { Description = "Add the usages found to an existing tokens.yaml" };
            var init = new Command("init", "Write a starting tokens.yaml from the token usages found, owners and expiries as TODOs.") { initPath, force };
            init.SetAction(parse => InitCommand.Run(parse.GetValue(initPath)!, parse.GetValue(force), Console.Out, Console.Error));
            root.Subcommands.Add(init);

            var artifacts = new Argument<string[]>("artifacts") { Description = $"Inventory files, or directories searched for {Inventory.MergeCommand.ArtifactFileName}", Arity = ArgumentArity.OneOrMore };
            var mergeOutput = new Option<string>("--output", "-o") { Description = "Central inventory to write", Required = true };
            var merge = new Command("merge", "Merge the inventories of many repositories into one, deduplicated by token identity, every source kept.") { artifacts, mergeOutput };
            merge.SetAction(parse => Inventory.MergeCommand.Run(parse.GetValue(artifacts)!, parse.GetValue(mergeOutput)!, Console.Out, Console.Error));
            root.Subcommands.Add(new Command("inventory", "Work with inventory artifacts.") { merge });

            return root;
        }
    }
}
