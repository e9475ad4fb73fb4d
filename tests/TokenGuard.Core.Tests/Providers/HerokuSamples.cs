using System;
using System.Collections.Generic;
using static TokenGuard.Tests.SampleAlphabets;
using static TokenGuard.Tests.TestTokens;

namespace TokenGuard.Tests
{
    /// <summary>The samples of the rules in <c>Rules/Providers/Heroku.cs</c>: for each rule a text holding one of its tokens, and its near misses.</summary>
    internal static class HerokuSamples
    {
        /// <summary>rule id → text containing exactly one token of that rule.</summary>
        public static readonly IReadOnlyDictionary<string, Func<string>> Secrets = new Dictionary<string, Func<string>>
        {
            ["heroku-api-key"] = () => "HRKU" + "-AA" + Random(Url, 58, 36),
            ["heroku-api-key-legacy"] = () => "HEROKU_API_KEY=" + Uuid(217),
        };

        /// <summary>rule id → (why it is not a token, text holding it).</summary>
        public static readonly IReadOnlyDictionary<string, (string Why, Func<string> Text)[]> NearMisses = new Dictionary<string, (string, Func<string>)[]>
        {
            ["heroku-api-key"] = new (string, Func<string>)[]
            {
                ("one character short", () => "HRKU" + "-AA" + Random(Url, 57, 36)),
                ("one character long", () => "HRKU" + "-AA" + Random(Url, 59, 36)),
            },
            ["heroku-api-key-legacy"] = new (string, Func<string>)[]
            {
                ("an app id", () => "HEROKU_APP_ID=" + Uuid(217)),
                ("placeholder", () => "HEROKU_API_KEY=<your-heroku-api-key>"),
            },
        };
    }
}
