namespace TokenGuard.Detection
{
    /// <summary>Base62 with the 0-9A-Za-z alphabet used by GitHub and npm token checksums.</summary>
    public static class Base62
    {
        public const string Alphabet = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz";

        /// <summary>Encodes <paramref name="value"/> left-padded with '0' to <paramref name="width"/> characters.</summary>
        public static string Encode(uint value, int width)
        {
            var chars = new char[width];
            for (int i = width - 1; i >= 0; i--)
            {
                chars[i] = Alphabet[(int)(value % 62)];
                value /= 62;
            }

            return new string(chars);
        }
    }
}
