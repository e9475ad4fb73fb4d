using System;
using System.Collections.Generic;
using static TokenGuard.Tests.SampleAlphabets;
using static TokenGuard.Tests.TestTokens;

namespace TokenGuard.Tests
{
    /// <summary>The samples of the rules in <c>Rules/Providers/Facebook.cs</c>: for each rule a text holding one of its tokens, and its near misses.</summary>
    internal static class FacebookSamples
    {
        /// <summary>rule id → text containing exactly one token of that rule.</summary>
        public static readonly IReadOnlyDictionary<string, Func<string>> Secrets = new Dictionary<string, Func<string>>
        {
            ["facebook-access-token"] = () => "EAACEd" + "Eose0cBA" + Random(Alphanumeric, 40, 68),
            ["facebook-page-access-token"] = () => "EA" + "AM" + Random(Alphanumeric, 150, 234),
            ["facebook-app-access-token"] = () => "facebook_access_token=" + Random("0123456789", 16, 403) + "|" + Random(Url, 27, 404),
            ["facebook-app-secret"] = () => "FACEBOOK_APP_SECRET=" + Random(Hex, 32, 235),
        };

        /// <summary>rule id → (why it is not a token, text holding it).</summary>
        public static readonly IReadOnlyDictionary<string, (string Why, Func<string> Text)[]> NearMisses = new Dictionary<string, (string, Func<string>)[]>
        {
            ["facebook-access-token"] = new (string, Func<string>)[] { ("too short", () => "EAACEd" + "Eose0cBA" + Random(Alphanumeric, 19, 68)) },
            ["facebook-page-access-token"] = new (string, Func<string>)[] { ("too short", () => "EA" + "AM" + Random(Alphanumeric, 90, 234)) },
            ["facebook-app-access-token"] = new (string, Func<string>)[]
            {
                ("no Facebook name", () => "access_token=" + Random(Digits, 16, 403) + "|" + Random(Url, 27, 404)),
                ("app id too short", () => "facebook_access_token=" + Random(Digits, 12, 403) + "|" + Random(Url, 27, 404)),
            },
            ["facebook-app-secret"] = new (string, Func<string>)[]
            {
                ("an app id name", () => "FACEBOOK_APP_ID=" + Random(Hex, 32, 235)),
                ("one character short", () => "FACEBOOK_APP_SECRET=" + Random(Hex, 31, 235)),
            },
        };
    }
}
