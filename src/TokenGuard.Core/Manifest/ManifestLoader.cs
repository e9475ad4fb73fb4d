using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using TokenGuard.Detection;
using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;

namespace TokenGuard.Manifest
{
    /// <summary>
    /// Reads <c>tokens.yaml</c> with YamlDotNet's representation model, keeping the position of every
    /// node. Never throws on bad input: syntax errors become TG1001, unknown fields TG1007 and values
    /// of the wrong shape TG1005, each with line and column. Policy checks live in <see cref="ManifestValidator"/>.
    /// </summary>
    public static class ManifestLoader
    {
        /// <summary>Larger than any real manifest; protects builds from a mis-pointed path.</summary>
        public const int MaxLength = 4 * 1024 * 1024;

        public static ManifestLoadResult Load(string path, string text)
        {
            var diagnostics = new List<ManifestDiagnostic>();
            var start = new SourceLocation(1, 1);

            if (text.Length > MaxLength)
            {
                return Fail(diagnostics, start, $"manifest is {text.Length:N0} characters, over the {MaxLength:N0} limit; is TokenGuardManifest pointing at the right file?");
            }

            if (text.IndexOf('\0') >= 0)
            {
                return Fail(diagnostics, start, "manifest is not a text file (it contains NUL characters)");
            }

            var stream = new YamlStream();
            var parser = new Parser(new StringReader(text));
            YamlPrecheck precheck;
            try
            {
                precheck = YamlPrecheck.Run(text);
                if (precheck.TooDeepAt is SourceLocation tooDeep)
                {
                    return Fail(diagnostics, tooDeep, $"manifest nests deeper than {YamlPrecheck.MaxDepth} levels; tokens.yaml needs five");
                }

                stream.Load(parser);
            }
            catch (YamlException ex)
            {
                return Fail(diagnostics, Location(ex.Start), "YAML syntax error: " + SyntaxMessage(ex));
            }
            catch (InvalidOperationException)
            {
                // YamlDotNet's scanner throws this on some malformed input; the last parsed event is the best position.
                SourceLocation near = parser.Current is null ? start : Location(parser.Current.End);
                return Fail(diagnostics, near, "YAML syntax error after this point (unbalanced brackets or quotes?)");
            }

            if (stream.Documents.Count == 0 || !(stream.Documents[0].RootNode is YamlMappingNode root))
            {
                SourceLocation at = stream.Documents.Count == 0 ? start : Location(stream.Documents[0].RootNode.Start);
                return Fail(diagnostics, at, "manifest must be a mapping with 'version: 1' and a 'tokens:' list");
            }

            // The values themselves are redacted as they are read (NodeReader), so no artifact can hold them.
            foreach (SourceLocation secret in precheck.SecretsAt)
            {
                diagnostics.Add(new ManifestDiagnostic(DiagnosticIds.TokenValueInManifest, ManifestSeverity.Error, secret,
                    "this field holds a token value; tokens.yaml describes a token, it never holds one: move the value to a secret store and list its fingerprint"));
            }

            var entries = new List<ManifestEntry>();
            var reader = new NodeReader(diagnostics);
            bool sawTokens = false;
            ManifestPolicy? policy = null;
            var sinks = new List<CredentialSink>();
            foreach (KeyValuePair<YamlNode, YamlNode> pair in root.Children)
            {
                string key = KeyOf(pair.Key);
                switch (key)
                {
                    case ManifestFields.Version:
                        string? version = reader.Scalar(pair.Value, key);
                        if (version != null && version != "1")
                        {
                            reader.Report(DiagnosticIds.RequiredFieldMissingOrInvalid, pair.Value, $"unsupported manifest version '{version}'; this TokenGuard reads version 1");
                        }

                        break;
                    case ManifestFields.Tokens:
                        sawTokens = true;
                        ReadEntries(pair.Value, reader, entries);
                        break;
                    case ManifestFields.Policy:
                        policy = ReadPolicy(pair.Value, reader);
                        break;
                    case ManifestFields.Sinks:
                        ReadSinks(pair.Value, reader, sinks);
                        break;
                    default:
                        reader.ReportUnknown(pair.Key, key, ManifestFields.TopLevel, "top level");
                        break;
                }
            }

            if (!sawTokens)
            {
                reader.Report(DiagnosticIds.RequiredFieldMissingOrInvalid, root, "manifest has no 'tokens:' list; add 'tokens: []' if this repository uses no tokens yet");
            }

            return new ManifestLoadResult(new TokenManifest(path, entries, policy, sinks), diagnostics);
        }

        private static ManifestPolicy? ReadPolicy(YamlNode node, NodeReader reader)
        {
            if (!(node is YamlMappingNode mapping))
            {
                reader.Report(DiagnosticIds.RequiredFieldMissingOrInvalid, node, "'policy' must be a mapping, e.g. 'policy: { maxLifetime: 365d }'");
                return null;
            }

            var policy = new ManifestPolicy();
            foreach (KeyValuePair<YamlNode, YamlNode> pair in mapping.Children)
            {
                string key = KeyOf(pair.Key);
                policy.FieldLocations[key] = Location(pair.Key.Start);
                string field = "policy." + key;
                switch (key)
                {
                    case ManifestFields.MaxLifetime:
                        policy.MaxLifetime = reader.Scalar(pair.Value, field);
                        if (!PolicyDuration.TryParse(policy.MaxLifetime, out _))
                        {
                            reader.Report(DiagnosticIds.RequiredFieldMissingOrInvalid, pair.Value, $"'{field}' must be a number and d, w, m or y, e.g. '365d'");
                        }

                        break;
                    case ManifestFields.AllowNever:
                        string? allow = reader.Scalar(pair.Value, field)?.Trim();
                        if (bool.TryParse(allow, out bool allowed)) policy.AllowNeverExpires = allowed;
                        else reader.Report(DiagnosticIds.RequiredFieldMissingOrInvalid, pair.Value, $"'{field}' must be true or false");
                        break;
                    case ManifestFields.ExpiryWarningDays:
                        string? days = reader.Scalar(pair.Value, field)?.Trim();
                        if (int.TryParse(days, NumberStyles.None, CultureInfo.InvariantCulture, out int warningDays)) policy.ExpiryWarningDays = warningDays;
                        else reader.Report(DiagnosticIds.RequiredFieldMissingOrInvalid, pair.Value, $"'{field}' must be a whole number of days");
                        break;
                    case ManifestFields.BroadScopes:
                        var scopes = new List<string>();
                        reader.StringList(pair.Value, field, scopes);
                        policy.BroadScopes = scopes;
                        break;
                    default:
                        reader.ReportUnknown(pair.Key, key, ManifestFields.PolicyFields, "policy");
                        break;
                }
            }

            return policy;
        }

        // The items are written as in the tokenguard.credential_sinks option, so one parser serves both.
        private static void ReadSinks(YamlNode node, NodeReader reader, List<CredentialSink> sinks)
        {
            if (node is YamlScalarNode empty && string.IsNullOrEmpty(empty.Value)) return;
            IEnumerable<YamlNode> items = node is YamlSequenceNode sequence ? sequence.Children : new[] { node };
            foreach (YamlNode item in items)
            {
                string? text = reader.Scalar(item, ManifestFields.Sinks);
                if (text is null) continue;
                sinks.AddRange(CredentialSinks.Parse(text, out IReadOnlyList<string> malformed));
                foreach (string bad in malformed)
                {
                    reader.Report(DiagnosticIds.RequiredFieldMissingOrInvalid, item, $"sink '{bad}' must be written Namespace.Type.Member(parameter), or Namespace.Type..ctor(parameter) for a constructor");
                }
            }
        }

        private static void ReadEntries(YamlNode node, NodeReader reader, List<ManifestEntry> entries)
        {
            if (node is YamlScalarNode empty && string.IsNullOrEmpty(empty.Value)) return;
            if (!(node is YamlSequenceNode sequence))
            {
                reader.Report(DiagnosticIds.ManifestSyntaxError, node, "'tokens' must be a list of entries ('- id: …')");
                return;
            }

            foreach (YamlNode item in sequence.Children)
            {
                if (!(item is YamlMappingNode mapping))
                {
                    reader.Report(DiagnosticIds.ManifestSyntaxError, item, "each item of 'tokens' must be a mapping with id, owner, system, scope, created and expires");
                    continue;
                }

                entries.Add(ReadEntry(mapping, reader));
            }
        }

        private static ManifestEntry ReadEntry(YamlMappingNode mapping, NodeReader reader)
        {
            var entry = new ManifestEntry(Location(mapping.Start));
            foreach (KeyValuePair<YamlNode, YamlNode> pair in mapping.Children)
            {
                string key = KeyOf(pair.Key);
                if (!ManifestFields.Entry.Contains(key))
                {
                    reader.ReportUnknown(pair.Key, key, ManifestFields.Entry, "token entry");
                    continue;
                }

                entry.FieldLocations[key] = Location(pair.Key.Start);
                YamlNode value = pair.Value;
                switch (key)
                {
                    case ManifestFields.Id: entry.Id = reader.Scalar(value, key); break;
                    case ManifestFields.Description: entry.Description = reader.Scalar(value, key); break;
                    case ManifestFields.Owner: entry.Owner = reader.Scalar(value, key); break;
                    case ManifestFields.Steward: entry.Steward = reader.Scalar(value, key); break;
                    case ManifestFields.System: entry.System = reader.Scalar(value, key); break;
                    case ManifestFields.Justification: entry.Justification = reader.Scalar(value, key); break;
                    case ManifestFields.Rotation: entry.Rotation = reader.Scalar(value, key); break;
                    case ManifestFields.Scope: reader.StringList(value, key, entry.Scope); break;
                    case ManifestFields.Environments: reader.StringList(value, key, entry.Environments); break;
                    case ManifestFields.Fingerprints: reader.StringList(value, key, entry.Fingerprints); break;
                    case ManifestFields.Created: entry.Created = reader.Date(value, key, allowNever: false, out _); break;
                    case ManifestFields.Expires:
                        entry.Expires = reader.Date(value, key, allowNever: true, out bool never);
                        entry.NeverExpires = never;
                        break;
                    case ManifestFields.Usages: ReadUsages(value, reader, entry); break;
                    case ManifestFields.Provider: ReadProvider(value, reader, entry); break;
                }
            }

            return entry;
        }

        private static void ReadUsages(YamlNode node, NodeReader reader, ManifestEntry entry)
        {
            if (node is YamlScalarNode empty && string.IsNullOrEmpty(empty.Value)) return;
            if (!(node is YamlSequenceNode sequence))
            {
                reader.Report(DiagnosticIds.RequiredFieldMissingOrInvalid, node, "'usages' must be a list such as '- env: STRIPE_API_KEY' or '- config: Stripe:ApiKey'");
                return;
            }

            foreach (YamlNode item in sequence.Children)
            {
                if (!(item is YamlMappingNode mapping))
                {
                    reader.Report(DiagnosticIds.RequiredFieldMissingOrInvalid, item, "each usage must be 'env: NAME' or 'config: Section:Key'");
                    continue;
                }

                foreach (KeyValuePair<YamlNode, YamlNode> pair in mapping.Children)
                {
                    string kind = KeyOf(pair.Key);
                    if (!ManifestFields.UsageKinds.Contains(kind))
                    {
                        reader.ReportUnknown(pair.Key, kind, ManifestFields.UsageKinds, "usage");
                        continue;
                    }

                    string? name = reader.Scalar(pair.Value, kind);
                    if (string.IsNullOrWhiteSpace(name))
                    {
                        reader.Report(DiagnosticIds.RequiredFieldMissingOrInvalid, pair.Value, $"usage '{kind}' needs a name");
                        continue;
                    }

                    entry.Usages.Add(new TokenUsage(kind, name!.Trim(), Location(pair.Value.Start)));
                }
            }
        }

        private static void ReadProvider(YamlNode node, NodeReader reader, ManifestEntry entry)
        {
            if (!(node is YamlMappingNode mapping))
            {
                reader.Report(DiagnosticIds.RequiredFieldMissingOrInvalid, node, "'provider' must be a mapping with 'kind' and 'ref'");
                return;
            }

            foreach (KeyValuePair<YamlNode, YamlNode> pair in mapping.Children)
            {
                string key = KeyOf(pair.Key);
                switch (key)
                {
                    case ManifestFields.ProviderKind: entry.ProviderKind = reader.Scalar(pair.Value, "provider.kind"); break;
                    case ManifestFields.ProviderRef: entry.ProviderRef = reader.Scalar(pair.Value, "provider.ref"); break;
                    default: reader.ReportUnknown(pair.Key, key, ManifestFields.ProviderFields, "provider"); break;
                }
            }
        }

        private static ManifestLoadResult Fail(List<ManifestDiagnostic> diagnostics, SourceLocation at, string message)
        {
            diagnostics.Add(new ManifestDiagnostic(DiagnosticIds.ManifestSyntaxError, ManifestSeverity.Error, at, message));
            return new ManifestLoadResult(null, diagnostics);
        }

        private static string KeyOf(YamlNode key) => key is YamlScalarNode scalar ? Redaction.RedactSecrets(scalar.Value) ?? string.Empty : string.Empty;

        internal static SourceLocation Location(Mark mark) => new SourceLocation((int)mark.Line, (int)mark.Column);

        // YamlDotNet prefixes its messages with the position; the diagnostic carries that separately.
        private static string SyntaxMessage(YamlException ex)
        {
            string message = ex.InnerException is YamlException inner ? inner.Message : ex.Message;
            int close = message.IndexOf("): ", StringComparison.Ordinal);
            return message.StartsWith("(", StringComparison.Ordinal) && close > 0 ? message.Substring(close + 3) : message;
        }

        /// <summary>Reads typed values from nodes, reporting shape errors instead of throwing.</summary>
        private sealed class NodeReader
        {
            private readonly List<ManifestDiagnostic> _diagnostics;

            public NodeReader(List<ManifestDiagnostic> diagnostics) => _diagnostics = diagnostics;

            public void Report(string id, YamlNode node, string message) =>
                _diagnostics.Add(new ManifestDiagnostic(id, SeverityOf(id), Location(node.Start), message));

            public void ReportUnknown(YamlNode node, string key, IReadOnlyCollection<string> known, string where)
            {
                string? suggestion = Suggestions.Closest(key, known);
                string hint = suggestion is null ? "known fields: " + string.Join(", ", known) : $"did you mean '{suggestion}'?";
                Report(DiagnosticIds.UnknownField, node, $"unknown field '{key}' in {where}; {hint}");
            }

            public string? Scalar(YamlNode node, string field)
            {
                // The redaction gate: a token pasted into any field is reported (TG1011) and never kept.
                if (node is YamlScalarNode scalar) return Redaction.RedactSecrets(scalar.Value);
                Report(DiagnosticIds.RequiredFieldMissingOrInvalid, node, $"'{field}' must be a single value, not a list or mapping");
                return null;
            }

            public void StringList(YamlNode node, string field, IList<string> into)
            {
                if (node is YamlScalarNode)
                {
                    string? value = Scalar(node, field);
                    if (!string.IsNullOrWhiteSpace(value)) into.Add(value!.Trim());
                    return;
                }

                if (!(node is YamlSequenceNode sequence))
                {
                    Report(DiagnosticIds.RequiredFieldMissingOrInvalid, node, $"'{field}' must be a list such as [a, b]");
                    return;
                }

                foreach (YamlNode item in sequence.Children)
                {
                    string? value = Scalar(item, field);
                    if (!string.IsNullOrWhiteSpace(value)) into.Add(value!.Trim());
                }
            }

            public DateTime? Date(YamlNode node, string field, bool allowNever, out bool never)
            {
                never = false;
                if (!(node is YamlScalarNode)) return Scalar(node, field) is null ? null : default(DateTime?);
                string text = (Scalar(node, field) ?? string.Empty).Trim();
                if (text.Length == 0)
                {
                    Report(DiagnosticIds.RequiredFieldMissingOrInvalid, node, $"'{field}' is empty; give a date in yyyy-MM-dd form");
                    return null;
                }

                if (allowNever && string.Equals(text, "never", StringComparison.OrdinalIgnoreCase))
                {
                    never = true;
                    return null;
                }

                if (Conventions.TryParseDate(text: text, date: out DateTime date))
                {
                    return date;
                }

                string accepted = allowNever ? "an ISO 8601 date (yyyy-MM-dd) or 'never'" : "an ISO 8601 date (yyyy-MM-dd)";
                Report(DiagnosticIds.RequiredFieldMissingOrInvalid, node, $"'{field}' must be {accepted}, not '{text}'");
                return null;
            }

            private static ManifestSeverity SeverityOf(string id) =>
                id == DiagnosticIds.UnknownField ? ManifestSeverity.Warning : ManifestSeverity.Error;
        }
    }
}
