using System;
using System.Text;
using TokenGuard.Cli;

namespace TokenGuard.Tests
{
    /// <summary>The NUL-byte shortcut for binary files decides as decoding first and looking for a NUL character did.</summary>
    public class TextDecoderTests
    {
        [Fact]
        public void Binary_is_told_from_text_as_by_decoding_everything_first()
        {
            var random = new Random(7);
            foreach (int length in new[] { 0, 1, 100, 8191, 8192, 8193, 20000 })
            {
                foreach (int nulAt in new[] { -1, 0, 5, 8191, 8192, 9000, 16000, 19999 })
                {
                    foreach (string prefix in new[] { "", "\uFEFF", "é€😀" })
                    {
                        var text = new StringBuilder(prefix);
                        while (text.Length < length) text.Append(random.Next(4) == 0 ? "é€ " : "abc ");
                        byte[] bytes = Encoding.UTF8.GetBytes(text.ToString());
                        if (nulAt >= 0 && nulAt < bytes.Length) bytes[nulAt] = 0;
                        if (length == 20000) bytes[random.Next(bytes.Length)] = 0xFF; // not UTF-8
                        Assert.Equal(Slow(bytes), TextDecoder.Decode(bytes));
                    }
                }
            }
        }

        // The definition: decoded (BOM dropped), and binary when a NUL character is among the first 8 K characters.
        private static string? Slow(byte[] bytes)
        {
            int bom = bytes.Length >= 3 && bytes[0] == 0xEF && bytes[1] == 0xBB && bytes[2] == 0xBF ? 3 : 0;
            string text = Encoding.UTF8.GetString(bytes, bom, bytes.Length - bom);
            return text.AsSpan(0, Math.Min(text.Length, 8192)).IndexOf('\0') >= 0 ? null : text;
        }
    }
}
