using System;
using TokenGuard.Detection;
using TokenGuard.Manifest;

namespace TokenGuard.Analyzers
{
    /// <summary>
    /// What TG0003 asks of a traced read, whoever traced it (the analyzers from operations, <c>tokenguard scan</c> and
    /// <c>init</c> from syntax, TokenReadSyntax in the CLI): which methods read: is it a token key, which entry registers it, how keys join.
    /// Linked into the CLI so both ask alike.
    /// </summary>
    internal static class TokenKeys
    {
        /// <summary>The section <c>GetConnectionString(name)</c> reads from.</summary>
        public const string ConnectionStrings = "ConnectionStrings";

        // The methods that read a token, on System.Environment and on IConfiguration (and its extensions).
        public const string GetEnvironmentVariable = "GetEnvironmentVariable";
        public const string GetValue = "GetValue";
        public const string GetConnectionString = "GetConnectionString";
        public const string GetSection = "GetSection";
        public const string GetRequiredSection = "GetRequiredSection";

        /// <summary>A secret-looking key; connection strings carry credentials whatever their name.</summary>
        public static bool IsTokenKey(string key) =>
            SecretNames.NamesSecretSetting(key) || key.StartsWith(ConnectionStrings + ":", StringComparison.OrdinalIgnoreCase);

        /// <summary>The entry registering the read; a key from a section of unknown path matches a usage ending with it.</summary>
        public static ManifestEntry? EntryFor(UsageMatcher matcher, TokenRead read) =>
            read.PrefixKnown ? matcher.Find(read.Key) : matcher.FindEndingWith(read.Key);

        /// <summary>A configuration path: <c>Stripe</c> + <c>ApiKey</c> is <c>Stripe:ApiKey</c>; "" is the root.</summary>
        public static string Join(string parent, string key) => parent.Length == 0 ? key : parent + ":" + key;
    }
}
