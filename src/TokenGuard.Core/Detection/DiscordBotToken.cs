namespace TokenGuard.Detection
{
    /// <summary>
    /// A Discord bot token is base64(bot user id) . base64(timestamp) . HMAC. The first part must decode to
    /// a snowflake (17 to 20 decimal digits), which random base64 almost never does.
    /// </summary>
    public static class DiscordBotToken
    {
        /// <summary>
        /// Whether the text has the token's outline, what its pattern needs around the two dots: 23 or more token
        /// characters, a dot, exactly 6, a dot, 27 or more. Most texts with the keywords (<c>MT</c>, <c>ND</c>) have none,
        /// and finding the dots is cheaper than the pattern's scan from every M, N and O.
        /// </summary>
        public static bool MayBeIn(string text)
        {
            for (int dot = text.IndexOf('.'); dot >= 0 && dot + 7 < text.Length; dot = text.IndexOf('.', dot + 1))
            {
                if (text[dot + 7] != '.' || CharacterRuns.RunStartingAt(text, dot + 1, limit: 6, IsTokenCharacter) != 6) continue;
                if (CharacterRuns.RunEndingAt(text, dot, limit: 23, IsTokenCharacter) == 23 && CharacterRuns.RunStartingAt(text, dot + 8, limit: 27, IsTokenCharacter) == 27) return true;
            }

            return false;
        }

        private static bool IsTokenCharacter(char c) => (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '_' || c == '-';

        public static bool HasUserIdPart(string token)
        {
            int dot = token.IndexOf('.');
            if (dot <= 0) return false;
            byte[]? id = Base64Text.Decode(token.Substring(0, dot));
            if (id is null || id.Length < 17 || id.Length > 20 || id[0] == (byte)'0') return false;
            foreach (byte b in id)
            {
                if (b < (byte)'0' || b > (byte)'9') return false;
            }

            return true;
        }
    }
}
