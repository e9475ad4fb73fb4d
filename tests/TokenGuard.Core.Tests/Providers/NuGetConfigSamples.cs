using System;
using System.Collections.Generic;
using static TokenGuard.Tests.SampleAlphabets;
using static TokenGuard.Tests.TestTokens;

namespace TokenGuard.Tests
{
    /// <summary>The samples of the rules in <c>Rules/Providers/NuGetConfig.cs</c>: for each rule a text holding one of its tokens, and its near misses.</summary>
    internal static class NuGetConfigSamples
    {
        /// <summary>rule id → text containing exactly one token of that rule.</summary>
        public static readonly IReadOnlyDictionary<string, Func<string>> Secrets = new Dictionary<string, Func<string>>
        {
            ["nuget-api-key"] = () => "oy" + "2" + Random(Lower, 43, 5),
            ["nuget-config-cleartext-password"] = () => "<add key=\"ClearText" + "Password\" value=\"" + Random(Alphanumeric + "!#*", 20, 200) + "\" />",
        };

        /// <summary>rule id → (why it is not a token, text holding it).</summary>
        public static readonly IReadOnlyDictionary<string, (string Why, Func<string> Text)[]> NearMisses = new Dictionary<string, (string, Func<string>)[]>
        {
            ["nuget-api-key"] = new (string, Func<string>)[]
            {
                ("one character short", () => "oy" + "2" + Random(Lower, 42, 5)),
                ("upper case", () => "oy" + "2" + Random(Upper, 43, 5)),
            },
            ["nuget-config-cleartext-password"] = new (string, Func<string>)[]
            {
                ("environment variable", () => "<add key=\"ClearText" + "Password\" value=\"%NUGET_FEED_PASSWORD%\" />"),
                ("MSBuild property", () => "<add key=\"ClearText" + "Password\" value=\"$(FeedPassword)\" />"),
                ("empty", () => "<add key=\"ClearText" + "Password\" value=\"\" />"),
                ("the user name", () => "<add key=\"Username\" value=\"" + Random(Alphanumeric, 20, 200) + "\" />"),
            },
        };
    }
}
