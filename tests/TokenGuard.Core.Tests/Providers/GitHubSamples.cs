using System;
using System.Collections.Generic;
using static TokenGuard.Tests.SampleAlphabets;
using static TokenGuard.Tests.TestTokens;

namespace TokenGuard.Tests
{
    /// <summary>The samples of the rules in <c>Rules/Providers/GitHub.cs</c>: for each rule a text holding one of its tokens, and its near misses.</summary>
    internal static class GitHubSamples
    {
        /// <summary>rule id → text containing exactly one token of that rule.</summary>
        public static readonly IReadOnlyDictionary<string, Func<string>> Secrets = new Dictionary<string, Func<string>>
        {
            ["github-classic"] = () => GitHubClassic(21),
            ["github-app-installation-jwt"] = () => "gh" + "s_" + Random("0123456789", 6, 411) + "_eyJ" + Random(Url, 33, 412) + ".eyJ" + Random(Url, 120, 413) + "." + Random(Url, 43, 414),
            ["github-fine-grained"] = () => GitHubFineGrained(22),
            ["github-token-legacy"] = () => "GITHUB_TOKEN=" + Random(Hex, 40, 445),
        };

        /// <summary>rule id → (why it is not a token, text holding it).</summary>
        public static readonly IReadOnlyDictionary<string, (string Why, Func<string> Text)[]> NearMisses = new Dictionary<string, (string, Func<string>)[]>
        {
            ["github-classic"] = new (string, Func<string>)[]
            {
                ("checksum broken", () => GitHubClassicBadChecksum(31)),
                ("placeholder", () => "ghp_" + new string('x', 36)),
                ("one character short", () => GitHubClassic(32).Substring(0, 39)),
            },
            ["github-app-installation-jwt"] = new (string, Func<string>)[]
            {
                ("no JWT after the app id", () => "gh" + "s_" + Random(Digits, 6, 35) + "_" + Random(Url, 60, 36)),
                ("signature a run of one character", () => "gh" + "s_" + Random(Digits, 6, 37) + "_eyJ" + Random(Url, 33, 38) + ".eyJ" + Random(Url, 60, 39) + "." + new string('A', 43)),
            },
            ["github-fine-grained"] = new (string, Func<string>)[]
            {
                ("one character short", () => GitHubFineGrained(33).Substring(0, 92)),
                ("no underscore between the parts", () => GitHubFineGrained(34).Replace("_pat_", "-pat-")),
            },
            ["github-token-legacy"] = new (string, Func<string>)[] { ("one character short", () => "GITHUB_TOKEN=" + Random(Hex, 39, 445)) },
        };
    }
}
