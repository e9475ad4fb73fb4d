using System;
using System.Collections.Generic;

namespace TokenGuard.Detection
{
    /// <summary>
    /// <c>name = value</c> pairs in text no parser reads (YAML, properties, ini, shell, Terraform, a script, notes): the
    /// assignment syntax all of them share, so the generic decision can be asked of them. A name (optionally quoted),
    /// then <c>=</c>, <c>:</c>, <c>:=</c>, <c>=&gt;</c> or <c>?=</c> (or <c>,</c> between two quoted strings, a pair as in
    /// <c>("api_token", "…")</c>), then a quoted value or an unquoted one. An unquoted value ends at a blank, a quote or
    /// <c>; , &amp; ) ] }</c>; one followed by more words on its line is prose (<c>password combination.</c>), not a value.
    /// Only lines holding a secret-like word are read, found by a case-insensitive search first, so text without one costs
    /// a few vectorised searches.
    /// </summary>
    public static class TextAssignments
    {
        /// <summary>Longer lines are minified code or data, not assignments someone wrote.</summary>
        public const int MaxLineLength = 2000;

        // The words SecretNames needs (token, secret, password/passwd/pass…, pwd, …key, credential, auth): a line without one has no secret-like name.
        private static readonly string[] LineKeywords = { "token", "secret", "pass", "pwd", "key", "cred", "auth" };

        /// <summary>Assignments in lines that hold a secret-like word; the value's span is its text between quotes, if quoted.</summary>
        /// <param name="quotedValuesOnly">
        /// For program source (Python, JavaScript, Go …): there an unquoted value is an expression (<c>os.getenv(…)</c>,
        /// <c>config.apiKey</c>), and only a quoted one is a literal.
        /// </param>
        public static List<(string Name, int ValueStart, int ValueLength)> Find(string text, bool quotedValuesOnly = false)
        {
            var found = new List<(string, int, int)>();
            if (string.IsNullOrEmpty(text)) return found;
            var lineStarts = new List<int>();
            foreach (string keyword in LineKeywords)
            {
                for (int hit = text.IndexOf(keyword, StringComparison.OrdinalIgnoreCase); hit >= 0; hit = text.IndexOf(keyword, hit + keyword.Length, StringComparison.OrdinalIgnoreCase))
                {
                    int start = hit == 0 ? 0 : text.LastIndexOf('\n', hit - 1) + 1;
                    lineStarts.Add(start);
                    int end = text.IndexOf('\n', hit);
                    if (end < 0) break;
                    hit = end - keyword.Length + 1; // next search starts on the next line
                }
            }

            lineStarts.Sort();
            int previous = -1;
            foreach (int start in lineStarts)
            {
                if (start == previous) continue;
                previous = start;
                int end = text.IndexOf('\n', start);
                if (end < 0) end = text.Length;
                if (end > start && text[end - 1] == '\r') end--;
                if (end - start <= MaxLineLength) ReadLine(text, start, end, quotedValuesOnly, found);
            }

            return found;
        }

        private static void ReadLine(string text, int start, int end, bool quotedValuesOnly, List<(string, int, int)> found)
        {
            int i = start;
            while (i < end)
            {
                char c = text[i];
                if (!IsNameStart(c) || (i > start && IsNameChar(text[i - 1])))
                {
                    i++;
                    continue;
                }

                int nameStart = i;
                while (i < end && IsNameChar(text[i])) i++;
                int nameEnd = i;
                while (nameEnd > nameStart && (text[nameEnd - 1] == '.' || text[nameEnd - 1] == '-')) nameEnd--;
                char quote = nameStart > start ? text[nameStart - 1] : '\0';
                bool quoted = IsQuote(quote) && i < end && text[i] == quote;
                if (quoted) i++;
                int next = TryValue(text, i, end, quoted, quotedValuesOnly, out int valueStart, out int valueLength);
                if (next < 0) continue;
                found.Add((text.Substring(nameStart, nameEnd - nameStart), valueStart, valueLength));
                i = next;
            }
        }

        // After the name: blanks, an operator, blanks, a value. Returns where reading goes on, or -1 when this is no assignment.
        private static int TryValue(string text, int i, int end, bool quotedName, bool quotedOnly, out int valueStart, out int valueLength)
        {
            valueStart = valueLength = 0;
            i = SkipBlanks(text, i, end);
            if (i >= end) return -1;
            char op = text[i];
            bool pair = false;
            if (op == '=')
            {
                if (i + 1 < end && (text[i + 1] == '=' || text[i + 1] == '~')) return -1; // == and =~ compare
                i += i + 1 < end && text[i + 1] == '>' ? 2 : 1;
            }
            else if (op == ':')
            {
                if (i + 1 < end && text[i + 1] == ':') return -1; // a scope (Ns::Type)
                i += i + 1 < end && text[i + 1] == '=' ? 2 : 1;
            }
            else if (op == '?' && i + 1 < end && text[i + 1] == '=') i += 2;
            else if (op == ',' && quotedName) { i++; pair = true; }
            else return -1;

            i = SkipBlanks(text, i, end);
            if (i >= end) return -1;
            char quote = text[i];
            if (IsQuote(quote))
            {
                int close = i + 1;
                while (close < end && text[close] != quote)
                {
                    if (text[close] == '\\') close++;
                    close++;
                }

                if (close >= end) return -1;
                valueStart = i + 1;
                valueLength = close - i - 1;
                return close + 1;
            }

            if (pair || quotedOnly) return -1;
            int valueEnd = i;
            while (valueEnd < end && !IsValueEnd(text[valueEnd])) valueEnd++;
            if (valueEnd == i) return -1;

            // A call or an index (get_key(…), env[…]) is code, and a YAML block scalar's value is on the next lines.
            for (int k = i; k < valueEnd; k++)
            {
                if (text[k] == '(' || text[k] == '[' || text[k] == '|' || text[k] == '>' || text[k] == '<') return -1;
            }

            // A value that stops at a blank with more words after it is prose: "password combination. R5: …".
            if (valueEnd < end && (text[valueEnd] == ' ' || text[valueEnd] == '\t'))
            {
                int rest = SkipBlanks(text, valueEnd, end);
                if (rest < end && !IsCommentStart(text, rest, end)) return -1;
            }

            valueStart = i;
            valueLength = valueEnd - i;
            return valueEnd;
        }

        private static bool IsCommentStart(string text, int i, int end) =>
            text[i] == '#' || text[i] == ';' || (text[i] == '/' && i + 1 < end && text[i + 1] == '/') || text[i] == '\\';

        private static int SkipBlanks(string text, int i, int end)
        {
            while (i < end && (text[i] == ' ' || text[i] == '\t')) i++;
            return i;
        }

        private static bool IsQuote(char c) => c == '"' || c == '\'' || c == '`';

        private static bool IsValueEnd(char c) =>
            c == ' ' || c == '\t' || c == '"' || c == '\'' || c == '`' || c == ';' || c == ',' || c == '&' || c == ')' || c == ']' || c == '}';

        private static bool IsNameStart(char c) => (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || c == '_';

        private static bool IsNameChar(char c) => IsNameStart(c) || (c >= '0' && c <= '9') || c == '.' || c == '-';
    }
}
