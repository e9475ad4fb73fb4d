using System;
using System.Collections.Generic;
using static TokenGuard.Tests.SampleAlphabets;
using static TokenGuard.Tests.TestTokens;

namespace TokenGuard.Tests
{
    /// <summary>The samples of the rules in <c>Rules/Providers/Cloudflare.cs</c>: for each rule a text holding one of its tokens, and its near misses.</summary>
    internal static class CloudflareSamples
    {
        /// <summary>rule id → text containing exactly one token of that rule.</summary>
        public static readonly IReadOnlyDictionary<string, Func<string>> Secrets = new Dictionary<string, Func<string>>
        {
            ["cloudflare-origin-ca-key"] = () => "v1.0" + "-" + Random(Hex, 24, 34) + "-" + Random(Hex, 146, 35),
            ["cloudflare-prefixed-token"] = () => "cf" + "at_" + Random(Alphanumeric, 40, 401) + Random(Hex, 8, 402),
            ["cloudflare-api-token"] = () => "CLOUDFLARE_API_TOKEN=" + Random(Url, 40, 215),
            ["cloudflare-global-api-key"] = () => "cloudflare_api_key: " + Random(Hex, 37, 216),
        };

        /// <summary>rule id → (why it is not a token, text holding it).</summary>
        public static readonly IReadOnlyDictionary<string, (string Why, Func<string> Text)[]> NearMisses = new Dictionary<string, (string, Func<string>)[]>
        {
            ["cloudflare-origin-ca-key"] = new (string, Func<string>)[] { ("one character short", () => "v1.0" + "-" + Random(Hex, 24, 34) + "-" + Random(Hex, 145, 35)) },
            ["cloudflare-prefixed-token"] = new (string, Func<string>)[]
            {
                ("unknown prefix", () => "cf" + "xx_" + Random(Alphanumeric, 40, 401) + Random(Hex, 8, 402)),
                ("no hex tail", () => "cf" + "at_" + Random(Alphanumeric, 40, 401) + "GHIJKLMN"),
            },
            ["cloudflare-api-token"] = new (string, Func<string>)[]
            {
                ("one character short", () => "CLOUDFLARE_API_TOKEN=" + Random(Url, 39, 215)),
                ("no Cloudflare name", () => "API_TOKEN=" + Random(Url, 40, 215)),
            },
            ["cloudflare-global-api-key"] = new (string, Func<string>)[] { ("one character short", () => "cloudflare_api_key: " + Random(Hex, 36, 216)) },
        };
    }
}
