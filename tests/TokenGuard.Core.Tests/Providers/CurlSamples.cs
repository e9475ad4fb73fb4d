using System;
using System.Collections.Generic;
using static TokenGuard.Tests.SampleAlphabets;
using static TokenGuard.Tests.TestTokens;

namespace TokenGuard.Tests
{
    /// <summary>The samples of the rules in <c>Rules/Providers/Curl.cs</c>: for each rule a text holding one of its tokens, and its near misses.</summary>
    internal static class CurlSamples
    {
        /// <summary>rule id → text containing exactly one token of that rule.</summary>
        public static readonly IReadOnlyDictionary<string, Func<string>> Secrets = new Dictionary<string, Func<string>>
        {
            ["curl-auth-header"] = () => "curl -s -H \"Authorization: Bearer " + Random(Url, 40, 237) + "\" https://api.example.com/v1/items",
            ["curl-basic-auth"] = () => "curl -u deploy:" + Random(Alphanumeric, 16, 238) + " https://ci.example.com/api/json",
        };

        /// <summary>rule id → (why it is not a token, text holding it).</summary>
        public static readonly IReadOnlyDictionary<string, (string Why, Func<string> Text)[]> NearMisses = new Dictionary<string, (string, Func<string>)[]>
        {
            ["curl-auth-header"] = new (string, Func<string>)[]
            {
                ("variable", () => "curl -s -H \"Authorization: Bearer $API_TOKEN\" https://api.example.com/v1/items"),
                ("placeholder", () => "curl -s -H \"Authorization: Bearer <your-access-token>\" https://api.example.com/v1/items"),
                ("not a credential header", () => "curl -s -H \"Accept: application/vnd.github+json\" https://api.example.com/v1/items"),
            },
            ["curl-basic-auth"] = new (string, Func<string>)[]
            {
                ("placeholder password", () => "curl -u user:pass https://ci.example.com/api/json"),
                ("variable", () => "curl -u admin:$ADMIN_PASSWORD https://ci.example.com/api/json"),
                ("user only", () => "curl -u deploy https://ci.example.com/api/json"),
            },
        };
    }
}
