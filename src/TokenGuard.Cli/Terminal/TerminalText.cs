using System.Globalization;
using System.Text;

namespace TokenGuard.Cli.Terminal
{
    /// <summary>
    /// A value on its way to a terminal: through the redaction gate, then with control characters shown as
    /// escapes (<c>\x1b</c>, <c>\u202e</c>), so a file name or export field cannot move the cursor, clear the
    /// screen or reorder what the reader sees.
    /// </summary>
    internal static class TerminalText
    {
        public static string Safe(string? value)
        {
            string text = Redaction.RedactSecrets(value) ?? string.Empty;
            int first = IndexOfUnsafe(text);
            if (first < 0) return text;
            var builder = new StringBuilder(text.Length + 16).Append(text, 0, first);
            for (int i = first; i < text.Length; i++)
            {
                char c = text[i];
                if (!IsUnsafe(c)) builder.Append(c);
                else if (c <= 0xFF) builder.Append("\\x").Append(((int)c).ToString("x2", CultureInfo.InvariantCulture));
                else builder.Append("\\u").Append(((int)c).ToString("x4", CultureInfo.InvariantCulture));
            }

            return builder.ToString();
        }

        private static int IndexOfUnsafe(string text)
        {
            for (int i = 0; i < text.Length; i++)
            {
                if (IsUnsafe(text[i])) return i;
            }

            return -1;
        }

        // C0 and C1 controls (ESC, BEL, CR, backspace …), DEL, and the bidirectional overrides of "Trojan Source".
        private static bool IsUnsafe(char c) =>
            c < 0x20 || (c >= 0x7F && c <= 0x9F) || (c >= 0x202A && c <= 0x202E) || (c >= 0x2066 && c <= 0x2069);
    }
}
