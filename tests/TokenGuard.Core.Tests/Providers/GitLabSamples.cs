using System;
using System.Collections.Generic;
using static TokenGuard.Tests.SampleAlphabets;
using static TokenGuard.Tests.TestTokens;

namespace TokenGuard.Tests
{
    /// <summary>The samples of the rules in <c>Rules/Providers/GitLab.cs</c>: for each rule a text holding one of its tokens, and its near misses.</summary>
    internal static class GitLabSamples
    {
        /// <summary>rule id → text containing exactly one token of that rule.</summary>
        public static readonly IReadOnlyDictionary<string, Func<string>> Secrets = new Dictionary<string, Func<string>>
        {
            ["gitlab-pat"] = () => "gl" + "pat-" + Random(Url, 20, 1),
            ["gitlab-token"] = () => "gl" + "rt-" + Random(Url, 20, 2),
            ["gitlab-runner-registration"] = () => "GR134" + "8941" + Random(Url, 20, 3),
            ["gitlab-pat-legacy"] = () => "GITLAB_TOKEN=" + Random(Alphanumeric, 20, 441),
        };

        /// <summary>rule id → (why it is not a token, text holding it).</summary>
        public static readonly IReadOnlyDictionary<string, (string Why, Func<string> Text)[]> NearMisses = new Dictionary<string, (string, Func<string>)[]>
        {
            ["gitlab-pat"] = new (string, Func<string>)[] { ("too short", () => "gl" + "pat-" + Random(Url, 19, 1)) },
            ["gitlab-token"] = new (string, Func<string>)[]
            {
                ("too short", () => "gl" + "rt-" + Random(Url, 19, 2)),
                ("unknown prefix", () => "gl" + "xx-" + Random(Url, 24, 2)),
            },
            ["gitlab-runner-registration"] = new (string, Func<string>)[] { ("too short", () => "GR134" + "8941" + Random(Url, 19, 3)) },
            ["gitlab-pat-legacy"] = new (string, Func<string>)[] { ("one case only", () => "GITLAB_TOKEN=" + Random(Lower, 20, 441)) },
        };
    }
}
