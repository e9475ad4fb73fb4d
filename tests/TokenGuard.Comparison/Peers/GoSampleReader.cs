using System;
using System.Collections.Generic;
using System.Linq;
using System.Text;

namespace TokenGuard.Comparison.Peers
{
    /// <summary>The true- and false-positive samples one gitleaks rule function declares.</summary>
    public sealed record GoRuleSamples(string RuleId, IReadOnlyList<string> TruePositives, IReadOnlyList<string> FalsePositives, int Skipped);

    /// <summary>One case of a trufflehog detector's pattern test: its name, the input text, whether a result is wanted.</summary>
    public sealed record GoPatternCase(string Name, string Input, bool IsSecret);

    /// <summary>
    /// Reads the <c>tps</c> and <c>fps</c> sample lists of gitleaks' rule generators
    /// (<c>cmd/generate/config/rules/*.go</c>) without a Go toolchain: a small tokenizer and an evaluator for the
    /// expressions those files use — string literals, <c>+</c>, <c>[]string{…}</c>, <c>append</c>,
    /// <c>fmt.Sprintf("%s")</c>, local string variables and <c>utils.GenerateSampleSecret(s)</c>. A sample built from
    /// a random generator (<c>secrets.NewSecret</c>) or any other call has no fixed text: it is counted as skipped.
    /// <c>utils.GenerateSampleSecrets(id, s)</c> (the same secret in ~25 syntaxes) gives one sample,
    /// <c>GenerateSampleSecret</c>'s <c>{id}_api_token = "{s}"</c>, so one secret weighs one sample.
    /// </summary>
    public static class GoSampleReader
    {
        private enum Kind { String, Ident, Punct }

        private readonly record struct Token(Kind Kind, string Text);

        /// <summary>A value: a known string, a list of (possibly unknown) strings, or unknown.</summary>
        private sealed record Value(string? Text, List<string?>? List)
        {
            public static readonly Value Unknown = new(null, null);
            public bool IsKnownText => Text is not null;
        }

        public static IReadOnlyList<GoRuleSamples> Read(string goSource)
        {
            var tokens = Tokenize(goSource);
            var rules = new List<GoRuleSamples>();
            // One rule function a "func" keyword up to the next one.
            var starts = Enumerable.Range(0, tokens.Count).Where(i => tokens[i] is { Kind: Kind.Ident, Text: "func" }).Append(tokens.Count).ToList();
            for (int f = 0; f + 1 < starts.Count; f++)
            {
                var body = tokens.GetRange(starts[f], starts[f + 1] - starts[f]);
                // Rules validated by file path (ValidateWithPaths) test paths, not texts.
                if (body.Any(t => t.Kind == Kind.Ident && t.Text.EndsWith("ValidateWithPaths", StringComparison.Ordinal))) continue;
                var samples = ReadFunction(body);
                if (samples is not null) rules.Add(samples);
            }
            return rules;
        }

        private static GoRuleSamples? ReadFunction(List<Token> body)
        {
            string? ruleId = null;
            for (int i = 0; i + 2 < body.Count && ruleId is null; i++)
                if (body[i] is { Kind: Kind.Ident, Text: "RuleID" } && body[i + 1].Text == ":" && body[i + 2].Kind == Kind.String)
                    ruleId = body[i + 2].Text;
            var variables = Variables(body);
            if (ruleId is null) return null;
            var tps = variables.TryGetValue("tps", out var t) ? t.List ?? new List<string?> { t.Text } : new List<string?>();
            var fps = variables.TryGetValue("fps", out var f) ? f.List ?? new List<string?> { f.Text } : new List<string?>();
            int skipped = tps.Count(s => s is null) + fps.Count(s => s is null);
            return new GoRuleSamples(ruleId, tps.OfType<string>().ToList(), fps.OfType<string>().ToList(), skipped);
        }

        /// <summary>
        /// The table-driven pattern tests of a trufflehog detector (<c>pkg/detectors/&lt;name&gt;/*_test.go</c>): every
        /// composite literal with an <c>input:</c> field is one case, a secret when its <c>want:</c> list is not empty.
        /// Inputs are evaluated as the gitleaks samples are (package-level and local string variables, <c>+</c>,
        /// <c>fmt.Sprintf</c>); a case whose input or want cannot be evaluated is counted as skipped.
        /// </summary>
        public static (IReadOnlyList<GoPatternCase> Cases, int Skipped) ReadPatternTests(string goSource)
        {
            var tokens = Tokenize(goSource);
            var variables = Variables(tokens);
            var cases = new List<GoPatternCase>();
            int skipped = 0;
            for (int i = 0; i + 1 < tokens.Count; i++)
            {
                if (tokens[i] is not { Kind: Kind.Ident, Text: "input" } || tokens[i + 1].Text != ":") continue;
                var (open, close) = EnclosingBraces(tokens, i);
                int position = i + 2;
                var input = ParseExpression(tokens, ref position, variables);
                int want = FieldAt(tokens, open, close, "want");
                bool? secret = want < 0 ? null : WantsResults(tokens, want);
                int name = FieldAt(tokens, open, close, "name");
                if (!input.IsKnownText || secret is null) { skipped++; continue; }
                string caseName = name >= 0 && tokens[name].Kind == Kind.String ? tokens[name].Text : "case " + (cases.Count + 1);
                cases.Add(new GoPatternCase(caseName, input.Text!, secret.Value));
            }
            return (cases, skipped);
        }

        /// <summary>The braces of the composite literal that holds token <paramref name="at"/>.</summary>
        private static (int Open, int Close) EnclosingBraces(List<Token> tokens, int at)
        {
            int open = at, depth = 0;
            for (; open >= 0; open--)
            {
                string text = tokens[open].Kind == Kind.Punct ? tokens[open].Text : "";
                if (text is ")" or "]" or "}") depth++;
                else if (text is "(" or "[" or "{" && depth-- == 0) break;
            }
            int close = at;
            depth = 0;
            for (; close < tokens.Count; close++)
            {
                string text = tokens[close].Kind == Kind.Punct ? tokens[close].Text : "";
                if (text is "(" or "[" or "{") depth++;
                else if (text is ")" or "]" or "}" && depth-- == 0) break;
            }
            return (open, close);
        }

        /// <summary>The index of the value of field <paramref name="field"/> directly inside the braces, or -1.</summary>
        private static int FieldAt(List<Token> tokens, int open, int close, string field)
        {
            int depth = 0;
            for (int i = open + 1; i + 2 <= close && i + 2 < tokens.Count; i++)
            {
                string text = tokens[i].Kind == Kind.Punct ? tokens[i].Text : "";
                if (text is "(" or "[" or "{") depth++;
                else if (text is ")" or "]" or "}") depth--;
                else if (depth == 0 && tokens[i].Kind == Kind.Ident && tokens[i].Text == field && tokens[i + 1].Text == ":") return i + 2;
            }
            return -1;
        }

        /// <summary><c>nil</c> or an empty list: no result wanted; a list with an element: a secret; anything else: unknown.</summary>
        private static bool? WantsResults(List<Token> tokens, int at)
        {
            if (tokens[at] is { Kind: Kind.Ident, Text: "nil" }) return false;
            if (tokens[at].Text != "[") return null;
            int i = at;
            while (i < tokens.Count && tokens[i].Text != "{" && tokens[i].Text != "\n" && tokens[i].Text != ",") i++;
            if (i >= tokens.Count || tokens[i].Text != "{") return null;
            i++;
            SkipNewLines(tokens, ref i);
            return i < tokens.Count && tokens[i].Text != "}";
        }

        /// <summary>String variables assigned in <paramref name="body"/> (<c>x := …</c>, <c>x = …</c>, <c>var x = …</c>, a <c>var (…)</c> block), evaluated in order.</summary>
        private static Dictionary<string, Value> Variables(List<Token> body)
        {
            var variables = new Dictionary<string, Value>(StringComparer.Ordinal);
            for (int i = 0; i < body.Count; i++)
            {
                if (body[i].Kind != Kind.Ident || i + 1 >= body.Count) continue;
                int name = i, assign = i + 1;
                if (body[i].Text == "var" && i + 2 < body.Count)
                {
                    name = i + 1;
                    assign = i + 2;
                    while (assign < body.Count && body[assign].Text != "=" && body[assign].Text != "\n") assign++;
                }
                if (assign >= body.Count || (body[assign].Text != ":=" && body[assign].Text != "=")) continue;
                if (name > 0 && body[name - 1].Text is "." or ",") continue; // a field or one of several names
                int position = assign + 1;
                var value = ParseExpression(body, ref position, variables);
                variables[body[name].Text] = value;
                i = Math.Max(i, position - 1);
            }
            return variables;
        }

        private static Value ParseExpression(List<Token> tokens, ref int i, Dictionary<string, Value> variables)
        {
            var left = ParsePrimary(tokens, ref i, variables);
            while (i < tokens.Count && tokens[i].Text == "+" && tokens[i].Kind == Kind.Punct)
            {
                i++;
                var right = ParsePrimary(tokens, ref i, variables);
                left = left.IsKnownText && right.IsKnownText ? new Value(left.Text + right.Text, null) : Value.Unknown;
            }
            return left;
        }

        private static Value ParsePrimary(List<Token> tokens, ref int i, Dictionary<string, Value> variables)
        {
            SkipNewLines(tokens, ref i);
            if (i >= tokens.Count) return Value.Unknown;
            Token token = tokens[i];
            if (token.Kind == Kind.String) { i++; return new Value(token.Text, null); }
            if (token.Text == "(")
            {
                i++;
                var inner = ParseExpression(tokens, ref i, variables);
                SkipTo(tokens, ref i, ")");
                return inner;
            }
            if (token.Text == "[" && i + 3 < tokens.Count && tokens[i + 1].Text == "]" && tokens[i + 2].Text == "string" && tokens[i + 3].Text == "{")
            {
                i += 4;
                var list = new List<string?>();
                foreach (var (element, _) in ParseList(tokens, ref i, "}", variables)) list.Add(element.Text);
                return new Value(null, list);
            }
            if (token.Kind != Kind.Ident) { i++; return Value.Unknown; }
            i++;
            if (i < tokens.Count && tokens[i].Text == "(")
            {
                i++;
                var arguments = ParseList(tokens, ref i, ")", variables);
                return Call(token.Text, arguments);
            }
            if (i < tokens.Count && tokens[i].Text is "{" or "[")
            {
                SkipBalanced(tokens, ref i);
                return Value.Unknown;
            }
            return variables.TryGetValue(token.Text, out var known) ? Copy(known) : Value.Unknown;
        }

        private static Value Copy(Value value) => value.List is null ? value : new Value(null, new List<string?>(value.List));

        private static Value Call(string function, List<(Value Value, bool Spread)> arguments)
        {
            switch (function)
            {
                case "append" when arguments.Count > 0:
                    var list = arguments[0].Value.List is { } first ? new List<string?>(first) : new List<string?> { null };
                    foreach (var (value, spread) in arguments.Skip(1))
                        if (spread && value.List is not null) list.AddRange(value.List);
                        else if (spread) list.Add(null);
                        else list.Add(value.Text);
                    return new Value(null, list);
                case "utils.GenerateSampleSecret" when arguments.Count == 2:
                    return SampleSecret(arguments[0].Value, arguments[1].Value);
                case "utils.GenerateSampleSecrets" when arguments.Count == 2:
                    return new Value(null, new List<string?> { SampleSecret(arguments[0].Value, arguments[1].Value).Text });
                case "fmt.Sprintf" when arguments.Count > 0 && arguments.All(a => a.Value.IsKnownText && !a.Spread):
                    return Sprintf(arguments[0].Value.Text!, arguments.Skip(1).Select(a => a.Value.Text!).ToList());
                default:
                    return Value.Unknown;
            }
        }

        // gitleaks' GenerateSampleSecret: fmt.Sprintf("%s_api_token = \"%s\"", identifier, secret)
        private static Value SampleSecret(Value identifier, Value secret) =>
            identifier.IsKnownText && secret.IsKnownText ? new Value(identifier.Text + "_api_token = \"" + secret.Text + "\"", null) : Value.Unknown;

        private static Value Sprintf(string format, List<string> arguments)
        {
            var text = new StringBuilder();
            int next = 0;
            for (int i = 0; i < format.Length; i++)
            {
                if (format[i] != '%' || i + 1 >= format.Length) { text.Append(format[i]); continue; }
                char verb = format[++i];
                if (verb == '%') text.Append('%');
                else if (verb is 's' or 'v' or 'd' && next < arguments.Count) text.Append(arguments[next++]);
                else return Value.Unknown;
            }
            return new Value(text.ToString(), null);
        }

        private static List<(Value Value, bool Spread)> ParseList(List<Token> tokens, ref int i, string close, Dictionary<string, Value> variables)
        {
            var items = new List<(Value, bool)>();
            while (true)
            {
                SkipNewLines(tokens, ref i);
                if (i >= tokens.Count) return items;
                if (tokens[i].Text == close && tokens[i].Kind == Kind.Punct) { i++; return items; }
                int before = i;
                var value = ParseExpression(tokens, ref i, variables);
                bool spread = i < tokens.Count && tokens[i].Text == "...";
                if (spread) i++;
                items.Add((value, spread));
                SkipNewLines(tokens, ref i);
                if (i < tokens.Count && tokens[i].Text == ",") i++;
                else if (i < tokens.Count && tokens[i].Text != close) { SkipTo(tokens, ref i, close); return items; }
                if (i == before) i++;
            }
        }

        private static void SkipNewLines(List<Token> tokens, ref int i)
        {
            while (i < tokens.Count && tokens[i] is { Kind: Kind.Punct, Text: "\n" }) i++;
        }

        private static void SkipTo(List<Token> tokens, ref int i, string close)
        {
            int depth = 0;
            for (; i < tokens.Count; i++)
            {
                string text = tokens[i].Kind == Kind.Punct ? tokens[i].Text : "";
                if (depth == 0 && text == close) { i++; return; }
                if (text is "(" or "[" or "{") depth++;
                else if (text is ")" or "]" or "}") depth--;
            }
        }

        /// <summary>Skips a composite literal's brackets and braces (config.Rule{…}, map[string]string{…}).</summary>
        private static void SkipBalanced(List<Token> tokens, ref int i)
        {
            while (i < tokens.Count && tokens[i].Text is "{" or "[")
            {
                int depth = 0;
                for (; i < tokens.Count; i++)
                {
                    string text = tokens[i].Kind == Kind.Punct ? tokens[i].Text : "";
                    if (text is "(" or "[" or "{") depth++;
                    else if (text is ")" or "]" or "}" && --depth == 0) { i++; break; }
                }
                while (i < tokens.Count && tokens[i].Kind == Kind.Ident) i++;
            }
        }

        /// <summary>Go tokens: identifiers (with their dotted package, "utils.Hex"), string values, punctuation; comments dropped.</summary>
        private static List<Token> Tokenize(string source)
        {
            var tokens = new List<Token>();
            int i = 0;
            while (i < source.Length)
            {
                char c = source[i];
                if (c == '/' && i + 1 < source.Length && source[i + 1] == '/') { while (i < source.Length && source[i] != '\n') i++; continue; }
                if (c == '/' && i + 1 < source.Length && source[i + 1] == '*') { int end = source.IndexOf("*/", i + 2, StringComparison.Ordinal); i = end < 0 ? source.Length : end + 2; continue; }
                if (c == '\n') { tokens.Add(new Token(Kind.Punct, "\n")); i++; continue; }
                if (char.IsWhiteSpace(c)) { i++; continue; }
                if (c == '`')
                {
                    int end = source.IndexOf('`', i + 1);
                    if (end < 0) end = source.Length;
                    tokens.Add(new Token(Kind.String, source.Substring(i + 1, end - i - 1).Replace("\r", "")));
                    i = end + 1;
                    continue;
                }
                if (c == '"') { tokens.Add(new Token(Kind.String, ReadInterpreted(source, ref i))); continue; }
                if (c == '\'') { int end = source.IndexOf('\'', i + 2); i = end < 0 ? source.Length : end + 1; tokens.Add(new Token(Kind.Ident, "rune")); continue; }
                if (char.IsLetterOrDigit(c) || c == '_')
                {
                    int start = i;
                    while (i < source.Length && (char.IsLetterOrDigit(source[i]) || source[i] == '_' || (source[i] == '.' && i + 1 < source.Length && (char.IsLetter(source[i + 1]) || source[i + 1] == '_')))) i++;
                    tokens.Add(new Token(Kind.Ident, source.Substring(start, i - start)));
                    continue;
                }
                if (source.AsSpan(i).StartsWith(":=")) { tokens.Add(new Token(Kind.Punct, ":=")); i += 2; continue; }
                if (source.AsSpan(i).StartsWith("...")) { tokens.Add(new Token(Kind.Punct, "...")); i += 3; continue; }
                if (source.AsSpan(i).StartsWith("==") || source.AsSpan(i).StartsWith("!=")) { tokens.Add(new Token(Kind.Punct, source.Substring(i, 2))); i += 2; continue; }
                tokens.Add(new Token(Kind.Punct, c.ToString()));
                i++;
            }
            return tokens;
        }

        /// <summary>A Go interpreted string literal from its opening quote; the usual escapes decoded.</summary>
        private static string ReadInterpreted(string source, ref int i)
        {
            var text = new StringBuilder();
            i++;
            while (i < source.Length && source[i] != '"' && source[i] != '\n')
            {
                char c = source[i++];
                if (c != '\\' || i >= source.Length) { text.Append(c); continue; }
                char e = source[i++];
                switch (e)
                {
                    case 'n': text.Append('\n'); break;
                    case 't': text.Append('\t'); break;
                    case 'r': text.Append('\r'); break;
                    case '\\': text.Append('\\'); break;
                    case '"': text.Append('"'); break;
                    case '\'': text.Append('\''); break;
                    case 'x' when i + 2 <= source.Length: text.Append((char)Convert.ToInt32(source.Substring(i, 2), 16)); i += 2; break;
                    case 'u' when i + 4 <= source.Length: text.Append((char)Convert.ToInt32(source.Substring(i, 4), 16)); i += 4; break;
                    default: text.Append('\\').Append(e); break;
                }
            }
            i++;
            return text.ToString();
        }
    }
}
