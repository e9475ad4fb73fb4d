using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text;
using System.Text.Json;

namespace TokenGuard.Comparison
{
    /// <summary>Where a labelled value sits: file (relative, '/'-separated), its first and last line (1-based).</summary>
    public sealed record Label(string File, int Line, int EndLine, bool IsSecret, string Family, string Kind, string Position, string Name, string Probe);

    public sealed record CorpusOptions
    {
        public int Seed { get; init; } = 7;
        /// <summary>C# files; each holds <see cref="SecretsPerFile"/> secrets and as many look-alikes.</summary>
        public int CSharpFiles { get; init; } = 24;
        public int SecretsPerFile { get; init; } = 6;
        public int JsonFiles { get; init; } = 4;
        public int SecretsPerJsonFile { get; init; } = 8;
        /// <summary>Ordinary methods (about ten lines and five literals each) added to every C# file: the cost benchmark's bulk.</summary>
        public int FillerMethodsPerFile { get; init; }
        /// <summary>For the cost benchmark: only every n-th C# file gets secrets and look-alikes.</summary>
        public int LabelledEveryNthFile { get; init; } = 1;

        public static CorpusOptions Tiny => new() { CSharpFiles = 3, SecretsPerFile = 4, JsonFiles = 2, SecretsPerJsonFile = 3 };

        /// <summary>≥ 1,000 files and ≥ 200,000 lines, a few hundred secrets, ~100,000 ordinary literals.</summary>
        public static CorpusOptions Large => new() { CSharpFiles = 1000, SecretsPerFile = 2, JsonFiles = 4, FillerMethodsPerFile = 22, LabelledEveryNthFile = 5 };
    }

    public sealed record Corpus(string Root, IReadOnlyList<Label> Labels, int Files, int Lines);

    /// <summary>
    /// Writes the labelled corpus: C# files with values in every syntactic position, appsettings*.json, and
    /// labels.json. Deterministic for a seed: the same options give byte-identical files.
    /// </summary>
    public static class CorpusGenerator
    {
        public static readonly string[] CSharpPositions =
        {
            "const-field", "static-readonly-field", "property-initializer", "expression-bodied-property", "attribute-argument",
            "verbatim-string", "raw-string", "default-parameter", "local-initializer", "method-argument",
            "object-initializer", "interpolated-string", "collection-initializer",
        };

        private static readonly string[] MemberPositions = CSharpPositions.Take(8).ToArray();

        public static Corpus Generate(string root, CorpusOptions options)
        {
            if (Directory.Exists(root)) Directory.Delete(root, recursive: true);
            Directory.CreateDirectory(root);
            var random = new Random(options.Seed);
            var labels = new List<Label>();
            var optionProperties = new SortedSet<string>(StringComparer.Ordinal);
            int secretCounter = 0, lookAlikeCounter = 0, positionCounter = options.Seed, lines = 0;

            for (int f = 0; f < options.CSharpFiles; f++)
            {
                string group = "Group" + (f / 50).ToString("00");
                string className = "Service" + f.ToString("0000");
                string relative = "src/" + group + "/" + className + ".cs";
                var samples = new List<Sample>();
                if (f % options.LabelledEveryNthFile == 0)
                {
                    for (int i = 0; i < options.SecretsPerFile; i++)
                    {
                        string family = Samples.SecretFamilies[secretCounter % Samples.SecretFamilies.Length];
                        samples.Add(Samples.Secret(family, secretCounter++ / Samples.SecretFamilies.Length + random.Next(3)));
                        string kind = Samples.LookAlikeKinds[lookAlikeCounter % Samples.LookAlikeKinds.Length];
                        samples.Add(Samples.LookAlike(kind, lookAlikeCounter++ / Samples.LookAlikeKinds.Length + random.Next(3)));
                    }
                }
                var file = new CSharpFile(group, className);
                foreach (Sample sample in samples) file.Add(sample, CSharpPositions[positionCounter++ % CSharpPositions.Length], optionProperties);
                for (int m = 0; m < options.FillerMethodsPerFile; m++) file.AddFiller(random);
                lines += file.Write(Path.Combine(root, relative), relative, labels);
            }

            for (int j = 0; j < options.JsonFiles; j++)
            {
                string relative = j == 0 ? "appsettings.json" : "appsettings." + new[] { "Development", "Production", "Staging", "Testing", "Local" }[(j - 1) % 5] + (j > 5 ? j.ToString() : "") + ".json";
                var samples = new List<Sample>();
                for (int i = 0; i < options.SecretsPerJsonFile; i++)
                {
                    string family = Samples.SecretFamilies[secretCounter % Samples.SecretFamilies.Length];
                    samples.Add(Samples.Secret(family, secretCounter++ / Samples.SecretFamilies.Length + random.Next(3)));
                    string kind = Samples.LookAlikeKinds[lookAlikeCounter % Samples.LookAlikeKinds.Length];
                    samples.Add(Samples.LookAlike(kind, lookAlikeCounter++ / Samples.LookAlikeKinds.Length + random.Next(3)));
                }
                lines += WriteJson(Path.Combine(root, relative), relative, samples, labels);
            }

            lines += WriteSupport(Path.Combine(root, "src", "Support.cs"), optionProperties);
            File.WriteAllText(Path.Combine(root, "labels.json"), JsonSerializer.Serialize(labels, new JsonSerializerOptions { WriteIndented = true }));
            return new Corpus(root, labels, options.CSharpFiles + options.JsonFiles + 1, lines);
        }

        public static IReadOnlyList<Label> ReadLabels(string root) =>
            JsonSerializer.Deserialize<List<Label>>(File.ReadAllText(Path.Combine(root, "labels.json")))!;

        private static int WriteJson(string path, string relative, List<Sample> samples, List<Label> labels)
        {
            var lines = new List<string> { "{", "  \"Logging\": {", "    \"LogLevel\": { \"Default\": \"Information\" }", "  }," };
            var sections = samples.Select((s, i) => (Sample: s, Section: "Section" + (i / 4))).GroupBy(x => x.Section).ToList();
            for (int g = 0; g < sections.Count; g++)
            {
                lines.Add("  \"" + SectionName(sections[g].First().Sample, g) + "\": {");
                var items = sections[g].ToList();
                for (int i = 0; i < items.Count; i++)
                {
                    Sample sample = items[i].Sample;
                    labels.Add(new Label(relative, lines.Count + 1, lines.Count + 1, sample.IsSecret, sample.Family, sample.Kind, "json-value", sample.Name, Probe(sample.Value)));
                    lines.Add("    \"" + Unique(sample.Name, i) + "\": " + JsonString(sample.Value) + (i < items.Count - 1 ? "," : ""));
                }
                lines.Add("  }" + (g < sections.Count - 1 ? "," : ""));
            }
            lines.Add("}");
            File.WriteAllText(path, string.Join("\n", lines) + "\n");
            return lines.Count;
        }

        private static string SectionName(Sample first, int index) => new[] { "Integrations", "Storage", "Messaging", "Identity", "Billing" }[index % 5];

        private static int WriteSupport(string path, IEnumerable<string> optionProperties)
        {
            var text = new StringBuilder();
            text.Append("using System;\nusing System.Collections.Generic;\n\nnamespace Corpus\n{\n");
            text.Append("    [AttributeUsage(AttributeTargets.All, AllowMultiple = true)]\n");
            text.Append("    public sealed class SettingAttribute : Attribute\n    {\n        public SettingAttribute(string name, string value) { Name = name; Value = value; }\n        public string Name { get; }\n        public string Value { get; }\n    }\n\n");
            text.Append("    public sealed class ApiClient\n    {\n        public ApiClient(string apiKey) { ApiKey = apiKey; }\n        public string ApiKey { get; }\n    }\n\n");
            text.Append("    public static class Settings\n    {\n        private static readonly Dictionary<string, string> Values = new();\n        public static void Set(string name, string value) => Values[name] = value;\n    }\n\n");
            text.Append("    public sealed class Options\n    {\n");
            foreach (string property in optionProperties) text.Append("        public string? ").Append(property).Append(" { get; set; }\n");
            text.Append("    }\n}\n");
            Directory.CreateDirectory(Path.GetDirectoryName(path)!);
            File.WriteAllText(path, text.ToString());
            return text.ToString().Count(c => c == '\n');
        }

        private static readonly string[] Prefixes = { "Primary", "Backup", "Legacy", "Staging", "Internal", "Partner", "Nightly", "Regional" };

        /// <summary>A name unique in its class or section, with the secret-like word last (as people write them).</summary>
        internal static string Unique(string name, int i) => Prefixes[i % Prefixes.Length] + (i >= Prefixes.Length ? (i / Prefixes.Length).ToString() : "") + name;

        /// <summary>The value's first line: what a label's lines must contain.</summary>
        public static string Probe(string value) => value.Split('\n')[0];

        internal static string CSharpString(string value) => "\"" + value.Replace("\\", "\\\\").Replace("\"", "\\\"").Replace("\n", "\\n") + "\"";

        internal static string JsonString(string value) => "\"" + value.Replace("\\", "\\\\").Replace("\"", "\\\"").Replace("\n", "\\n") + "\"";

        /// <summary>One generated C# file: members, then a Run method with statements, then filler.</summary>
        private sealed class CSharpFile
        {
            private readonly string group, className;
            private readonly List<(List<string> Lines, Sample? Sample, string Position, string Probe)> members = new(), statements = new(), fillers = new();
            private int index;

            public CSharpFile(string group, string className) { this.group = group; this.className = className; }

            public void Add(Sample sample, string position, ISet<string> optionProperties)
            {
                int i = index++;
                string name = Unique(sample.Name, i), camel = Samples.Camel(name), lit = CSharpString(sample.Value);
                bool multiLine = sample.Value.Contains('\n');
                var lines = new List<string>();
                switch (position)
                {
                    case "const-field": lines.Add($"        private const string {name} = {lit};"); break;
                    case "static-readonly-field": lines.Add($"        public static readonly string {name} = {lit};"); break;
                    case "property-initializer": lines.Add($"        public string {name} {{ get; set; }} = {lit};"); break;
                    case "expression-bodied-property": lines.Add($"        public string {name} => {lit};"); break;
                    case "attribute-argument":
                        lines.Add($"        [Setting(\"{sample.Name}\", {lit})]");
                        lines.Add($"        public void Configure{name}() {{ }}");
                        break;
                    case "verbatim-string":
                        var verbatim = Samples.Lines(sample.Value.Replace("\"", "\"\"")).ToList();
                        verbatim[0] = $"        private static readonly string {name} = @\"" + verbatim[0];
                        verbatim[^1] += "\";";
                        lines.AddRange(verbatim);
                        break;
                    case "raw-string":
                        if (multiLine)
                        {
                            lines.Add($"        private static readonly string {name} = \"\"\"");
                            lines.AddRange(Samples.Lines(sample.Value).Select(l => "            " + l));
                            lines.Add("            \"\"\";");
                        }
                        else lines.Add($"        private static readonly string {name} = \"\"\"{sample.Value}\"\"\";");
                        break;
                    case "default-parameter": lines.Add($"        public static string Use{name}(string {camel} = {lit}) => {camel};"); break;
                    case "local-initializer": lines.Add($"            var {camel} = {lit};"); break;
                    case "method-argument":
                        if (sample.Family == "password" && (sample.IsSecret || sample.Kind == "placeholder"))
                            lines.Add($"            var credential{i} = new NetworkCredential(\"svc-{i}\", {lit});");
                        else if (sample.Family == "generic-secret" && sample.IsSecret)
                            lines.Add($"            var client{i} = new ApiClient({lit});");
                        else if (sample.IsSecret && (sample.Family is "github" or "jwt" or "npm" or "slack"))
                            lines.Add($"            request.Headers.Authorization = new AuthenticationHeaderValue(\"Bearer\", {lit});");
                        else if (sample.Kind == "ui-string")
                            lines.Add($"            Console.WriteLine({lit});");
                        else
                            lines.Add($"            Settings.Set(\"{sample.Name}\", {lit});");
                        break;
                    case "object-initializer":
                        optionProperties.Add(sample.Name);
                        lines.Add($"            var options{i} = new Options {{ {sample.Name} = {lit} }};");
                        break;
                    case "interpolated-string":
                        lines.Add($"            string {camel} = $\"{lit.Substring(1, lit.Length - 2).Replace("{", "{{").Replace("}", "}}")}{{suffix}}\";");
                        break;
                    case "collection-initializer":
                        lines.Add($"            var settings{i} = new Dictionary<string, string> {{ [\"{sample.Name}\"] = {lit} }};");
                        break;
                    default: throw new ArgumentOutOfRangeException(nameof(position), position, null);
                }
                // The probe is the value as the source spells it (an interpolated string doubles its braces).
                string probe = position == "interpolated-string" ? Probe(sample.Value).Replace("{", "{{").Replace("}", "}}") : Probe(sample.Value);
                (MemberPositions.Contains(position) ? members : statements).Add((lines, sample, position, probe));
            }

            public void AddFiller(Random random)
            {
                int k = index++, a = random.Next(2, 500), b = random.Next(3, 40);
                fillers.Add((new List<string>
                {
                    $"        public string Describe{k}(int count, string name)",
                    "        {",
                    $"            if (count > {a}) return string.Format(\"Too many items for {{0}}: {{1}}\", name, count);",
                    $"            var path = \"/api/v2/orders/\" + name + \"/items?page={k}\";",
                    "            var contentType = \"application/json; charset=utf-8\";",
                    $"            Console.WriteLine($\"Order {{name}} has {{count}} items at {{path}} ({{contentType}})\");",
                    $"            return name.Length > {b} ? \"large-\" + name : \"small\";",
                    "        }",
                    "",
                }, null, "filler", ""));
            }

            public int Write(string path, string relative, List<Label> labels)
            {
                var lines = new List<string>
                {
                    "using System;", "using System.Collections.Generic;", "using System.Net;", "using System.Net.Http;", "using System.Net.Http.Headers;", "",
                    $"namespace Corpus.{group}", "{", $"    public sealed class {className}", "    {",
                };
                void Emit(List<(List<string> Lines, Sample? Sample, string Position, string Probe)> items)
                {
                    foreach (var item in items)
                    {
                        if (item.Sample is { } s)
                            labels.Add(new Label(relative, lines.Count + 1, lines.Count + item.Lines.Count, s.IsSecret, s.Family, s.Kind, item.Position, s.Name, item.Probe));
                        lines.AddRange(item.Lines);
                    }
                }
                Emit(members);
                lines.Add("");
                lines.Add("        public void Run(HttpRequestMessage request, string suffix)");
                lines.Add("        {");
                Emit(statements);
                lines.Add("        }");
                lines.Add("");
                Emit(fillers);
                lines.Add("    }");
                lines.Add("}");
                Directory.CreateDirectory(Path.GetDirectoryName(path)!);
                File.WriteAllText(path, string.Join("\n", lines) + "\n");
                return lines.Count;
            }
        }
    }
}
