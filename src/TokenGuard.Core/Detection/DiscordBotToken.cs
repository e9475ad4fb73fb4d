namespace TokenGuard.Detection
{
    /// <summary>
    /// A Discord bot token is base64(bot user id) . base64(timestamp) . HMAC. The first part must decode to
    /// a snowflake (17 to 20 decimal digits), which random base64 almost never does.
    /// </summary>
    public static class DiscordBotToken
    {
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
