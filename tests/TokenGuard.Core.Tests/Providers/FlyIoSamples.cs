using System;
using System.Collections.Generic;
using static TokenGuard.Tests.SampleAlphabets;
using static TokenGuard.Tests.TestTokens;

namespace TokenGuard.Tests
{
    /// <summary>The samples of the rules in <c>Rules/Providers/FlyIo.cs</c>: for each rule a text holding one of its tokens, and its near misses.</summary>
    internal static class FlyIoSamples
    {
        /// <summary>rule id → text containing exactly one token of that rule.</summary>
        public static readonly IReadOnlyDictionary<string, Func<string>> Secrets = new Dictionary<string, Func<string>>
        {
            ["flyio-token"] = () => "fo1" + "_" + Random(Url, 43, 37),
            ["flyio-macaroon-token"] = () => "FlyV1 " + "fm" + "2_" + Random(Base64, 150, 218) + "=",
        };

        /// <summary>rule id → (why it is not a token, text holding it).</summary>
        public static readonly IReadOnlyDictionary<string, (string Why, Func<string> Text)[]> NearMisses = new Dictionary<string, (string, Func<string>)[]>
        {
            ["flyio-token"] = new (string, Func<string>)[] { ("one character short", () => "fo1" + "_" + Random(Url, 42, 37)) },
            ["flyio-macaroon-token"] = new (string, Func<string>)[] { ("too short", () => "FlyV1 " + "fm" + "2_" + Random(Base64, 90, 218)) },
        };
    }
}
