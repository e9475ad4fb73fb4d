using System;
using System.Collections.Generic;
using static TokenGuard.Tests.SampleAlphabets;
using static TokenGuard.Tests.TestTokens;

namespace TokenGuard.Tests
{
    /// <summary>The samples of the rules in <c>Rules/Providers/HubSpot.cs</c>: for each rule a text holding one of its tokens, and its near misses.</summary>
    internal static class HubSpotSamples
    {
        /// <summary>rule id → text containing exactly one token of that rule.</summary>
        public static readonly IReadOnlyDictionary<string, Func<string>> Secrets = new Dictionary<string, Func<string>>
        {
            ["hubspot-api-key"] = () => "HUBSPOT_API_KEY=" + Uuid(406),
        };

        /// <summary>rule id → (why it is not a token, text holding it).</summary>
        public static readonly IReadOnlyDictionary<string, (string Why, Func<string> Text)[]> NearMisses = new Dictionary<string, (string, Func<string>)[]>
        {
            ["hubspot-api-key"] = new (string, Func<string>)[]
            {
                ("the nil UUID", () => "HUBSPOT_API_KEY=00000000-0000-0000-0000-000000000000"),
                ("no HubSpot name", () => "API_KEY=" + Uuid(406)),
            },
        };
    }
}
