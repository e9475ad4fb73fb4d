using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Text;
using TokenGuard.Detection;

namespace TokenGuard.Manifest
{
    /// <summary>
    /// Adds usages to <c>tokens.yaml</c> as text, so the rest of the file — comments, order, quoting —
    /// stays byte-for-byte as the user wrote it. A usage joins the existing entry of the same system
    /// when there is one; otherwise a new entry is appended with owner, scope and expiry left as TODOs
    /// that the build rejects (TG1004, TG1005) until someone fills them in.
    /// </summary>
    public static class ManifestEditor
    {
        public const string EmptyManifest = "version: 1\ntokens:\n";

        public static string AddUsages(string yaml, IEnumerable<TokenUsageRequest> requests, DateTime today) =>
            Add(yaml, requests, today, joinSameSystem: true);

        /// <summary>
        /// One new entry per key not registered yet, never joining an entry of the same system: what <c>init</c>
        /// writes, where two keys of one system (three connection strings, an API key and a webhook secret) are
        /// distinct credentials until someone says otherwise.
        /// </summary>
        public static string AddEntries(string yaml, IEnumerable<TokenUsageRequest> requests, DateTime today) =>
            Add(yaml, requests, today, joinSameSystem: false);

        private static string Add(string yaml, IEnumerable<TokenUsageRequest> requests, DateTime today, bool joinSameSystem)
        {
            string newline = yaml.Contains("\r\n") ? "\r\n" : "\n";
            var lines = new List<string>(yaml.Replace("\r\n", "\n").Split('\n'));
            if (lines.Count > 0 && lines[lines.Count - 1].Length == 0) lines.RemoveAt(lines.Count - 1);

            foreach (TokenUsageRequest request in requests)
            {
                TokenManifest? manifest = ManifestLoader.Load("tokens.yaml", string.Join("\n", lines) + "\n").Manifest;
                if (manifest is null) throw new FormatException("tokens.yaml cannot be parsed; fix it (see TG1001) before adding usages");
                if (new UsageMatcher(manifest).Find(request.Name) != null) continue;

                string system = SystemOf(request.Name);
                ManifestEntry? sameSystem = !joinSameSystem ? null : manifest.Entries.FirstOrDefault(e => string.Equals(e.System, system, StringComparison.OrdinalIgnoreCase) && e.Usages.Count > 0);
                if (sameSystem != null)
                {
                    TokenUsage last = sameSystem.Usages[sameSystem.Usages.Count - 1];
                    string itemIndent = IndentOfItem(lines[last.Location.Line - 1]);
                    lines.Insert(last.Location.Line, itemIndent + "- " + request.Kind + ": " + Quote(request.Name));
                }
                else
                {
                    AppendEntry(lines, manifest, request, system, today);
                }
            }

            return string.Join(newline, lines) + newline;
        }

        private const string ConnectionStringsSection = "ConnectionStrings";

        /// <summary>
        /// A lower-kebab-case id from a key: <c>Stripe:ApiKey</c> → <c>stripe-api-key</c>,
        /// <c>ConnectionStrings:orderingdb</c> → <c>connectionstrings-orderingdb</c> (.NET's section name is one word).
        /// </summary>
        public static string IdFor(string key)
        {
            var id = new StringBuilder();
            string normalized = key.Replace("__", ":");
            if (ConnectionName(key) is string connection)
            {
                id.Append("connectionstrings");
                normalized = connection;
            }

            foreach (string word in SecretNames.SplitWords(normalized))
            {
                if (id.Length > 0) id.Append('-');
                id.Append(word);
            }

            return id.Length == 0 ? "token" : id.ToString();
        }

        /// <summary>
        /// The system a key most likely unlocks: its first segment (<c>STRIPE_API_KEY</c>, <c>Stripe:ApiKey</c> → stripe);
        /// for a connection string its name (<c>ConnectionStrings:orderingdb</c> → orderingdb), as each unlocks its own resource.
        /// </summary>
        public static string SystemOf(string key)
        {
            if (ConnectionName(key) is string connection) return connection.Trim().ToLowerInvariant();
            string first = key.Trim().Split(':', '_', '.', '-')[0];
            return first.Length == 0 ? "TODO" : first.ToLowerInvariant();
        }

        // The name after "ConnectionStrings:" or "ConnectionStrings__", or null for any other key.
        private static string? ConnectionName(string key)
        {
            string normalized = key.Trim().Replace("__", ":");
            string prefix = ConnectionStringsSection + ":";
            return normalized.Length > prefix.Length && normalized.StartsWith(prefix, StringComparison.OrdinalIgnoreCase)
                ? normalized.Substring(prefix.Length)
                : null;
        }

        private static void AppendEntry(List<string> lines, TokenManifest manifest, TokenUsageRequest request, string system, DateTime today)
        {
            int tokensLine = lines.FindIndex(l => l.TrimEnd() == "tokens:" || l.StartsWith("tokens:", StringComparison.Ordinal));
            if (tokensLine < 0)
            {
                lines.Add("tokens:");
                tokensLine = lines.Count - 1;
            }
            else if (lines[tokensLine].Contains("[]"))
            {
                lines[tokensLine] = "tokens:";
            }

            // Follow the file's own indentation of list items, else two spaces.
            string indent = manifest.Entries.Count > 0 ? new string(' ', manifest.Entries[0].Location.Column - 3) : "  ";
            string field = indent + "  ";
            string id = UniqueId(IdFor(request.Name), manifest);
            var entry = new[]
            {
                indent + "- id: " + id,
                field + "description: TODO what this token is for",
                field + "owner: TODO            # user:<login> | team:<name> | service:<name>",
                field + "system: " + system,
                field + "scope: [TODO]          # the least privilege it has",
                field + "created: " + today.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
                field + "expires: TODO          # yyyy-MM-dd",
                field + "usages:",
                field + "  - " + request.Kind + ": " + Quote(request.Name),
            };

            // After the last entry (or the tokens: line), before any trailing comments or blank lines.
            int insertAt = tokensLine + 1;
            if (manifest.Entries.Count > 0)
            {
                insertAt = lines.Count;
                while (insertAt > tokensLine + 1 && (lines[insertAt - 1].Trim().Length == 0 || lines[insertAt - 1].TrimStart().StartsWith("#", StringComparison.Ordinal)))
                {
                    insertAt--;
                }
            }

            lines.InsertRange(insertAt, entry);
        }

        private static string UniqueId(string id, TokenManifest manifest)
        {
            var taken = new HashSet<string>(manifest.Entries.Select(e => e.Id ?? ""), StringComparer.OrdinalIgnoreCase);
            string candidate = id;
            for (int n = 2; taken.Contains(candidate); n++) candidate = id + "-" + n;
            return candidate;
        }

        private static string IndentOfItem(string line)
        {
            int dash = line.IndexOf('-');
            return dash < 0 ? "      " : new string(' ', dash);
        }

        // Keys with ':' stay plain scalars ("Stripe:ApiKey" is valid YAML); quote only what YAML would misread.
        private static string Quote(string value) =>
            value.IndexOfAny(new[] { '#', '\'', '"', '{', '}', '[', ']', ',', '&', '*', '!', '|', '>', '%', '@', '`' }) >= 0 || value.Contains(": ") || value.EndsWith(":", StringComparison.Ordinal)
                ? "'" + value.Replace("'", "''") + "'"
                : value;
    }
}
