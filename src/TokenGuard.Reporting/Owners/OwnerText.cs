using System;
using System.Text;
using TokenGuard.Json;

namespace TokenGuard.Manifest
{
    /// <summary>An owners export's bytes as text: UTF-8 (a byte order mark dropped), else an error at the line of the first bad byte.</summary>
    internal static class OwnerText
    {
        private static readonly Encoding StrictUtf8 = new UTF8Encoding(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

        public static (string Text, byte[] Utf8) Decode(byte[] bytes)
        {
            if (bytes.Length >= 2 && ((bytes[0] == 0xFF && bytes[1] == 0xFE) || (bytes[0] == 0xFE && bytes[1] == 0xFF)))
                throw new OwnerExportException(1, "the owners export is UTF-16; save it as UTF-8");
            byte[] utf8 = bytes.Length >= 3 && bytes[0] == 0xEF && bytes[1] == 0xBB && bytes[2] == 0xBF ? Slice(bytes, 3) : bytes;
            try
            {
                return (StrictUtf8.GetString(utf8), utf8);
            }
            catch (DecoderFallbackException ex)
            {
                int at = Math.Max(0, Math.Min(ex.Index, utf8.Length - 1));
                throw new OwnerExportException(new JsonLineMap(utf8).LineAt(at), $"the owners export is not valid UTF-8 (a binary file?): byte 0x{utf8[at]:x2}");
            }
        }

        private static byte[] Slice(byte[] bytes, int start)
        {
            var rest = new byte[bytes.Length - start];
            Array.Copy(bytes, start, rest, 0, rest.Length);
            return rest;
        }
    }
}
