using System;
using System.Collections.Generic;
using System.Linq;
using System.Text;
using System.Text.RegularExpressions;

namespace TokenGuard.Tests.Adversarial
{
    /// <summary>
    /// Seeded mutations of an input's bytes: truncation, flipped bytes, deep nesting, other encodings, invalid
    /// UTF-8, lone surrogates, huge numbers, binary, size. The same seed gives the same bytes, so a failure
    /// names a case that can be replayed.
    /// </summary>
    internal static class Mutations
    {
        public static IEnumerable<(string Name, byte[] Bytes)> Of(string text, int seed)
        {
            var random = new Random(seed);
            byte[] utf8 = Encoding.UTF8.GetBytes(text);
            yield return ("empty", Array.Empty<byte>());
            yield return ("truncated", utf8.Take(random.Next(1, Math.Max(2, utf8.Length))).ToArray());
            yield return ("flipped bytes", Flip(utf8, random));
            yield return ("deep json nesting", Insert(utf8, random, new string('[', 20_000) + new string(']', 20_000)));
            yield return ("deep json objects", Insert(utf8, random, string.Concat(Enumerable.Repeat("{\"a\":", 20_000)) + "1" + new string('}', 20_000)));
            yield return ("deep yaml flow nesting", Insert(utf8, random, "\nx: " + new string('[', 20_000) + new string(']', 20_000) + "\n"));
            yield return ("utf-16 le with bom", Encoding.Unicode.GetPreamble().Concat(Encoding.Unicode.GetBytes(text)).ToArray());
            yield return ("utf-16 be with bom", Encoding.BigEndianUnicode.GetPreamble().Concat(Encoding.BigEndianUnicode.GetBytes(text)).ToArray());
            yield return ("utf-32 with bom", Encoding.UTF32.GetPreamble().Concat(Encoding.UTF32.GetBytes(text)).ToArray());
            yield return ("invalid utf-8", InsertBytes(utf8, random, new byte[] { 0xC3, 0x28, 0xFF, 0xFE, 0xED, 0xA0, 0x80 }));
            yield return ("lone surrogate escape", Encoding.UTF8.GetBytes(ReplaceAQuote(text, random, "\"\\ud800")));
            yield return ("huge numbers", Encoding.UTF8.GetBytes(Regex.Replace(text, "[0-9]+", "99999999999999999999999")));
            yield return ("fractional numbers", Encoding.UTF8.GetBytes(Regex.Replace(text, "(?<![0-9.])[0-9]+(?![0-9.])", "1.5")));
            yield return ("binary", Binary(random, 4096));
            yield return ("one long line", Encoding.UTF8.GetBytes(new string('a', 3 * 1024 * 1024)));
            yield return ("control characters", Encoding.UTF8.GetBytes(ReplaceAQuote(text, random, "\"\u001b[2J\u0007\u202e")));
        }

        private static byte[] Flip(byte[] bytes, Random random)
        {
            byte[] copy = (byte[])bytes.Clone();
            for (int i = 0; i < Math.Max(1, copy.Length / 50); i++)
            {
                if (copy.Length > 0) copy[random.Next(copy.Length)] = (byte)random.Next(256);
            }

            return copy;
        }

        private static byte[] Insert(byte[] bytes, Random random, string text) => InsertBytes(bytes, random, Encoding.UTF8.GetBytes(text));

        private static byte[] InsertBytes(byte[] bytes, Random random, byte[] inserted)
        {
            int at = random.Next(bytes.Length + 1);
            return bytes.Take(at).Concat(inserted).Concat(bytes.Skip(at)).ToArray();
        }

        private static string ReplaceAQuote(string text, Random random, string replacement)
        {
            int[] quotes = Enumerable.Range(0, text.Length).Where(i => text[i] == '"').ToArray();
            if (quotes.Length == 0) return replacement + text;
            int at = quotes[random.Next(quotes.Length)];
            return text.Substring(0, at) + replacement + text.Substring(at + 1);
        }

        private static byte[] Binary(Random random, int length)
        {
            var bytes = new byte[length];
            random.NextBytes(bytes);
            return bytes;
        }
    }
}
