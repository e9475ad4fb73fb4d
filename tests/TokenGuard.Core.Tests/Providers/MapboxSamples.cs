using System;
using System.Collections.Generic;
using static TokenGuard.Tests.SampleAlphabets;
using static TokenGuard.Tests.TestTokens;

namespace TokenGuard.Tests
{
    /// <summary>The samples of the rules in <c>Rules/Providers/Mapbox.cs</c>: for each rule a text holding one of its tokens, and its near misses.</summary>
    internal static class MapboxSamples
    {
        /// <summary>rule id → text containing exactly one token of that rule.</summary>
        public static readonly IReadOnlyDictionary<string, Func<string>> Secrets = new Dictionary<string, Func<string>>
        {
            ["mapbox-secret-token"] = () => "sk" + ".eyJ" + Random(Url, 60, 65) + "." + Random(Url, 22, 66),
        };

        /// <summary>rule id → (why it is not a token, text holding it).</summary>
        public static readonly IReadOnlyDictionary<string, (string Why, Func<string> Text)[]> NearMisses = new Dictionary<string, (string, Func<string>)[]>
        {
            ["mapbox-secret-token"] = new (string, Func<string>)[]
            {
                ("public token", () => "pk" + ".eyJ" + Random(Url, 60, 65) + "." + Random(Url, 22, 66)),
                ("too short", () => "sk" + ".eyJ" + Random(Url, 49, 65) + "." + Random(Url, 22, 66)),
            },
        };
    }
}
