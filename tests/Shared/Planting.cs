using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text.Json.Nodes;
using System.Threading.Tasks;

namespace TokenGuard.Tests
{
    /// <summary>
    /// Variants of an input with a generated token planted in one place each: every string of a JSON document,
    /// every cell of a CSV, every scalar of a YAML file. And the checks every output must pass.
    /// </summary>
    internal static class Planting
    {
        /// <summary>Tokens of several formats, with valid checksums where the format has one, made at run time.</summary>
        public static string Token(int index) => (index % 4) switch
        {
            0 => TestTokens.GitHubClassic(seed: 100 + index),
            1 => TestTokens.StripeSecret(seed: 100 + index),
            2 => TestTokens.Slack(seed: 100 + index),
            _ => TestTokens.GitHubFineGrained(seed: 100 + index),
        };

        /// <summary>One variant per string value (and per property name) of <paramref name="json"/>.</summary>
        public static IEnumerable<(string Where, string Text, string Token)> EveryJsonString(string json)
        {
            int count = Paths(JsonNode.Parse(json)!).Count();
            for (int i = 0; i < count; i++)
            {
                string token = Token(i);
                JsonNode root = JsonNode.Parse(json)!;
                string where = Plant(root, i, token);
                yield return (where, root.ToJsonString(), token);
            }
        }

        /// <summary>One variant per cell of a CSV (header row included).</summary>
        public static IEnumerable<(string Where, string Text, string Token)> EveryCsvCell(string csv)
        {
            string[] lines = csv.Replace("\r\n", "\n").TrimEnd('\n').Split('\n');
            int index = 0;
            for (int row = 0; row < lines.Length; row++)
            {
                string[] cells = lines[row].Split(',');
                for (int column = 0; column < cells.Length; column++)
                {
                    string token = Token(index++);
                    string[] planted = (string[])cells.Clone();
                    planted[column] = token;
                    var copy = (string[])lines.Clone();
                    copy[row] = string.Join(",", planted);
                    yield return ($"row {row + 1} column {column + 1}", string.Join("\n", copy) + "\n", token);
                }
            }
        }

        /// <summary>One variant per value after "key: " on each line of a simple YAML file, and per key.</summary>
        public static IEnumerable<(string Where, string Text, string Token)> EveryYamlScalar(string yaml)
        {
            string[] lines = yaml.Split('\n');
            int index = 0;
            for (int i = 0; i < lines.Length; i++)
            {
                int colon = lines[i].IndexOf(": ", StringComparison.Ordinal);
                if (colon < 0) continue;
                string token = Token(index++);
                var value = (string[])lines.Clone();
                value[i] = lines[i].Substring(0, colon + 2) + "\"" + token + "\"";
                yield return ($"line {i + 1} value", string.Join("\n", value), token);
                var key = (string[])lines.Clone();
                string indent = lines[i].Substring(0, lines[i].Length - lines[i].TrimStart(' ', '-').Length);
                key[i] = indent + token + lines[i].Substring(colon);
                yield return ($"line {i + 1} key", string.Join("\n", key), token);
            }
        }

        /// <summary>Neither the token nor a long piece of it appears in any of <paramref name="outputs"/>.</summary>
        public static void AssertAbsent(string token, string where, params string[] outputs)
        {
            string body = token.Substring(token.Length - 16);
            foreach (string output in outputs)
            {
                if (output.Contains(token, StringComparison.Ordinal) || output.Contains(body, StringComparison.Ordinal))
                    throw new Xunit.Sdk.XunitException($"token planted at {where} reached an output:\n{output.Substring(0, Math.Min(output.Length, 2000))}");
            }
        }

        /// <summary>Every file under <paramref name="folder"/>, as text.</summary>
        public static string[] FilesUnder(string folder) =>
            Directory.Exists(folder) ? Directory.GetFiles(folder, "*", SearchOption.AllDirectories).Select(File.ReadAllText).ToArray() : Array.Empty<string>();

        /// <summary>Runs <paramref name="command"/> with a time bound: a hang is a failure, not a stuck suite.</summary>
        public static int Bounded(Func<int> command, string what, int seconds = 30)
        {
            Task<int> run = Task.Run(command);
            if (!run.Wait(TimeSpan.FromSeconds(seconds))) throw new Xunit.Sdk.XunitException($"{what}: no answer within {seconds} s");
            return run.GetAwaiter().GetResult();
        }

        private static IEnumerable<JsonNode> Paths(JsonNode? node)
        {
            switch (node)
            {
                case JsonObject obj:
                    foreach (KeyValuePair<string, JsonNode?> property in obj.ToList())
                    {
                        yield return obj; // the property name itself
                        foreach (JsonNode leaf in Paths(property.Value)) yield return leaf;
                    }

                    break;
                case JsonArray array:
                    foreach (JsonNode? item in array.ToList())
                        foreach (JsonNode leaf in Paths(item)) yield return leaf;
                    break;
                case JsonValue value when value.TryGetValue(out string? _):
                    yield return value;
                    break;
            }
        }

        // Walks in the same order as Paths and replaces the n-th place; returns where it was.
        private static string Plant(JsonNode root, int target, string token)
        {
            int seen = 0;
            string? where = null;
            void Visit(JsonNode? node, string path)
            {
                if (where != null) return;
                switch (node)
                {
                    case JsonObject obj:
                        foreach (KeyValuePair<string, JsonNode?> property in obj.ToList())
                        {
                            if (where != null) return;
                            if (seen++ == target)
                            {
                                JsonNode? value = property.Value?.DeepClone();
                                obj.Remove(property.Key);
                                obj[token] = value;
                                where = path + " name of " + property.Key;
                                return;
                            }

                            Visit(property.Value, path + "." + property.Key);
                        }

                        break;
                    case JsonArray array:
                        for (int i = 0; i < array.Count; i++) Visit(array[i], path + "[" + i + "]");
                        break;
                    case JsonValue value when value.TryGetValue(out string? text):
                        if (seen++ == target)
                        {
                            // Planted inside the text, as someone pasting a token into a note would.
                            value.ReplaceWith(JsonValue.Create("was " + token + " " + text));
                            where = path;
                        }

                        break;
                }
            }

            Visit(root, "$");
            return where ?? "nowhere";
        }
    }
}
