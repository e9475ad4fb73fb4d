using System;
using System.Text;

namespace TokenGuard.Cli
{
    /// <summary>
    /// A file's bytes as text for the scanner: BOM-marked UTF-8, UTF-16 and UTF-32 are decoded (PowerShell and
    /// some Windows editors write UTF-16, whose ASCII is half NUL bytes), anything else is read as UTF-8.
    /// Null for binary: a NUL character among the first 8 K characters of the decoded text.
    /// </summary>
    internal static class TextDecoder
    {
        private const int BinaryProbeChars = 8192;

        public static string? Decode(ReadOnlySpan<byte> bytes)
        {
            (Encoding encoding, int bomLength) = Detect(bytes);

            // UTF-8 decodes a NUL byte, and nothing else, to a NUL character, at or before the byte's own index: a NUL
            // among the first 8 K bytes is one among the first 8 K characters. Binary files are mostly caught here,
            // before decoding them whole (slow for bytes that are not UTF-8); the check below stays for the rest.
            if (encoding is UTF8Encoding && bytes.Slice(0, Math.Min(bytes.Length, BinaryProbeChars)).IndexOf((byte)0) >= 0) return null;
            string text = encoding.GetString(bytes.Slice(bomLength));
            return text.AsSpan(0, Math.Min(text.Length, BinaryProbeChars)).IndexOf('\0') >= 0 ? null : text;
        }

        // UTF-32 LE before UTF-16 LE: both start with FF FE.
        private static (Encoding Encoding, int BomLength) Detect(ReadOnlySpan<byte> b)
        {
            if (b.Length >= 4 && b[0] == 0xFF && b[1] == 0xFE && b[2] == 0 && b[3] == 0) return (new UTF32Encoding(bigEndian: false, byteOrderMark: false), 4);
            if (b.Length >= 4 && b[0] == 0 && b[1] == 0 && b[2] == 0xFE && b[3] == 0xFF) return (new UTF32Encoding(bigEndian: true, byteOrderMark: false), 4);
            if (b.Length >= 2 && b[0] == 0xFF && b[1] == 0xFE) return (new UnicodeEncoding(bigEndian: false, byteOrderMark: false), 2);
            if (b.Length >= 2 && b[0] == 0xFE && b[1] == 0xFF) return (new UnicodeEncoding(bigEndian: true, byteOrderMark: false), 2);
            if (b.Length >= 3 && b[0] == 0xEF && b[1] == 0xBB && b[2] == 0xBF) return (Encoding.UTF8, 3);
            return (Encoding.UTF8, 0);
        }
    }
}
