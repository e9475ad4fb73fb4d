using System.Collections.Generic;
using System.Text;
using TokenGuard.Manifest;

namespace TokenGuard.Settings
{
    /// <summary>
    /// Reads <c>.env</c> files as Docker Compose and the dotenv libraries do: <c>KEY=value</c> and
    /// <c>export KEY=value</c> lines, <c># comments</c> (also after an unquoted value), single-quoted values
    /// taken literally, double-quoted values with <c>\n</c>-style escapes and line breaks. Each variable is an
    /// environment-variable usage. Lines that are none of these are skipped, as those tools skip them.
    /// </summary>
    public static class DotEnvReader
    {
        public const int MaxLength = JsonSettingsReader.MaxLength;

        public static JsonSettingsResult Read(string text)
        {
            if (text.Length > MaxLength) return JsonSettingsResult.Failed($"file is {text.Length:N0} characters, over the {MaxLength:N0} limit for settings files", 1, 1);
            if (text.IndexOf('\0') >= 0) return JsonSettingsResult.Failed("file is not text (it contains NUL characters)", 1, 1);

            var settings = new List<SettingValue>();
            int i = 0;
            while (i < text.Length)
            {
                i = SkipBlanks(text, i);
                if (IsExport(text, i)) i = SkipBlanks(text, i + 7);
                int keyStart = i;
                while (i < text.Length && IsKeyChar(text[i])) i++;
                string key = text.Substring(keyStart, i - keyStart);
                i = SkipBlanks(text, i);
                if (key.Length == 0 || i >= text.Length || text[i] != '=')
                {
                    i = NextLine(text, i);
                    continue;
                }

                i = SkipBlanks(text, i + 1);
                char quote = i < text.Length ? text[i] : '\0';
                int close = quote == '"' || quote == '\'' ? ClosingQuote(text, i + 1, quote) : -1;
                if (close >= 0)
                {
                    string raw = text.Substring(i + 1, close - i - 1);
                    settings.Add(new SettingValue(key, quote == '"' ? Unescape(raw) : raw, i + 1, raw.Length, usageKind: TokenUsage.EnvironmentKind));
                    i = NextLine(text, close + 1);
                    continue;
                }

                int end = UnquotedEnd(text, i);
                settings.Add(new SettingValue(key, text.Substring(i, end - i), i, end - i, usageKind: TokenUsage.EnvironmentKind, quoted: false,
                    markStart: end == i ? keyStart : -1, markLength: end == i ? key.Length : 0));
                i = NextLine(text, end);
            }

            return JsonSettingsResult.Succeeded(settings);
        }

        private static bool IsExport(string text, int i) =>
            string.CompareOrdinal(text, i, "export", 0, 6) == 0 && i + 6 < text.Length && (text[i + 6] == ' ' || text[i + 6] == '\t');

        private static bool IsKeyChar(char c) =>
            (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '_' || c == '.' || c == '-';

        private static int SkipBlanks(string text, int i)
        {
            while (i < text.Length && (text[i] == ' ' || text[i] == '\t')) i++;
            return i;
        }

        private static int NextLine(string text, int i)
        {
            int newline = text.IndexOf('\n', i);
            return newline < 0 ? text.Length : newline + 1;
        }

        // Double quotes may span lines (a PEM key) and escape a quote; without a closing quote the value is unquoted.
        private static int ClosingQuote(string text, int from, char quote)
        {
            for (int i = from; i < text.Length; i++)
            {
                if (quote == '"' && text[i] == '\\') i++;
                else if (text[i] == quote) return i;
                else if (quote == '\'' && text[i] == '\n') return -1;
            }

            return -1;
        }

        // An unquoted value ends at the line's end or at a '#' after a blank (KEY= # note is empty), trailing blanks excluded.
        private static int UnquotedEnd(string text, int start)
        {
            int end = start;
            while (end < text.Length && text[end] != '\n' && text[end] != '\r' && !(text[end] == '#' && (text[end - 1] == ' ' || text[end - 1] == '\t'))) end++;
            while (end > start && (text[end - 1] == ' ' || text[end - 1] == '\t')) end--;
            return end;
        }

        private static string Unescape(string raw)
        {
            if (raw.IndexOf('\\') < 0) return raw;
            var builder = new StringBuilder(raw.Length);
            for (int i = 0; i < raw.Length; i++)
            {
                if (raw[i] != '\\' || i + 1 == raw.Length)
                {
                    builder.Append(raw[i]);
                    continue;
                }

                char next = raw[++i];
                builder.Append(next == 'n' ? '\n' : next == 'r' ? '\r' : next == 't' ? '\t' : next);
            }

            return builder.ToString();
        }
    }
}
