using System;
using System.CommandLine;
using System.Globalization;
using System.IO;
using TokenGuard.Cli.Terminal;
using TokenGuard.Store;

namespace TokenGuard.Cli.Inventory
{
    /// <summary>The store's commands under <c>tokenguard inventory</c>: ingest, history, export.</summary>
    internal static class StoreCommandLine
    {
        public static void AddTo(Command inventory)
        {
            inventory.Subcommands.Add(Ingest());
            inventory.Subcommands.Add(History());
            inventory.Subcommands.Add(Export());
        }

        private static Command Ingest()
        {
            Option<string?> store = StoreOption.Create(required: true);
            var artifacts = new Argument<string[]>("artifacts") { Description = $"Inventory files, or directories searched for {MergeCommand.ArtifactFileName}", Arity = ArgumentArity.OneOrMore };
            var ingest = new Command("ingest", "Record inventories in the store (one transaction): first/last seen, removals and field changes per token.") { store, artifacts };
            ingest.SetAction(parse => IngestCommand.Run(StoreOption.Resolve(parse.GetValue(store)), parse.GetValue(artifacts)!, Console.Out, Console.Error));
            return ingest;
        }

        private static Command History()
        {
            Option<string?> store = StoreOption.Create(required: true);
            var token = new Option<string?>("--token") { Description = "A manifest id, provider ref, fingerprint or store identity (provider:github:123)" };
            var repository = new Option<string?>("--repository") { Description = "Only changes in this repository" };
            Option<string?> since = DateOption("--since", "Only changes on or after this day (yyyy-MM-dd, UTC)");
            var format = new Option<string>("--format") { Description = "table or json", DefaultValueFactory = _ => "table" };
            format.AcceptOnlyFromAmong("table", "json");
            var history = new Command("history", "What changed in the store, when, and from which commit.") { store, token, repository, since, format };
            history.SetAction(parse => HistoryCommand.Run(
                StoreOption.Resolve(parse.GetValue(store)),
                new HistoryQuery { Token = parse.GetValue(token), Repository = parse.GetValue(repository), Since = Day(parse.GetValue(since)) },
                parse.GetValue(format)!,
                Console.Out,
                Console.Error));
            return history;
        }

        private static Command Export()
        {
            Option<string?> store = StoreOption.Create(required: true);
            var output = new Option<string>("--output", "-o") { Description = "Central inventory to write", Required = true };
            Option<string?> asOf = DateOption("--as-of", "The tokens the store held at the end of this day (yyyy-MM-dd, UTC) instead of now");
            var export = new Command("export", "Write the store's live tokens as a central inventory (the schema of inventory merge).") { store, output, asOf };
            export.SetAction(parse => ExportCommand.Run(StoreOption.Resolve(parse.GetValue(store)), parse.GetValue(output)!, Day(parse.GetValue(asOf)), Console.Out, Console.Error));
            return export;
        }

        internal static Option<string?> DateOption(string name, string description)
        {
            var option = new Option<string?>(name) { Description = description };
            option.Validators.Add(result =>
            {
                string? value = result.GetValueOrDefault<string?>();
                if (value != null && !Conventions.TryParseDate(text: value, date: out _))
                    result.AddError($"{name} must be a date {Conventions.DateFormat}, not '{TerminalText.Safe(value)}'");
            });
            return option;
        }

        internal static DateTime? Day(string? text) =>
            text is null ? null : DateTime.SpecifyKind(DateTime.ParseExact(text, Conventions.DateFormat, CultureInfo.InvariantCulture), DateTimeKind.Utc);

        public static int NoStore(TextWriter errors)
        {
            errors.WriteLine($"tokenguard: no store: give --store or set {InventoryStores.EnvironmentVariable}.");
            return ExitCodes.UnusableInput;
        }

        public static int Failed(StoreException ex, TextWriter errors)
        {
            errors.WriteLine("tokenguard: " + TerminalText.Safe(ex.Message));
            return ExitCodes.UnusableInput;
        }
    }
}
