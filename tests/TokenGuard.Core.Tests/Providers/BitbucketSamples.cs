using System;
using System.Collections.Generic;
using static TokenGuard.Tests.SampleAlphabets;
using static TokenGuard.Tests.TestTokens;

namespace TokenGuard.Tests
{
    /// <summary>The samples of the rules in <c>Rules/Providers/Bitbucket.cs</c>: for each rule a text holding one of its tokens, and its near misses.</summary>
    internal static class BitbucketSamples
    {
        /// <summary>rule id → text containing exactly one token of that rule.</summary>
        public static readonly IReadOnlyDictionary<string, Func<string>> Secrets = new Dictionary<string, Func<string>>
        {
            ["bitbucket-client-secret"] = () => "BITBUCKET_CLIENT_SECRET=" + Random(Url, 64, 261),
            ["bitbucket-app-password"] = () => "deploy:" + "AT" + "BB" + Random(Alphanumeric, 32, 430),
        };

        /// <summary>rule id → (why it is not a token, text holding it).</summary>
        public static readonly IReadOnlyDictionary<string, (string Why, Func<string> Text)[]> NearMisses = new Dictionary<string, (string, Func<string>)[]>
        {
            ["bitbucket-client-secret"] = new (string, Func<string>)[] { ("a client id", () => "BITBUCKET_CLIENT_ID=" + Random(Url, 64, 261)) },
            ["bitbucket-app-password"] = new (string, Func<string>)[]
            {
                ("alone, without a username", () => "AT" + "BB" + Random(Alphanumeric, 32, 430)),
                ("placeholder", () => "deploy:" + "AT" + "BB" + new string('x', 32)),
            },
        };
    }
}
