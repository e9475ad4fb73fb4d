using System;
using System.Collections.Generic;
using static TokenGuard.Tests.SampleAlphabets;
using static TokenGuard.Tests.TestTokens;

namespace TokenGuard.Tests
{
    /// <summary>The samples of the rules in <c>Rules/Providers/SumoLogic.cs</c>: for each rule a text holding one of its tokens, and its near misses.</summary>
    internal static class SumoLogicSamples
    {
        /// <summary>rule id → text containing exactly one token of that rule.</summary>
        public static readonly IReadOnlyDictionary<string, Func<string>> Secrets = new Dictionary<string, Func<string>>
        {
            ["sumologic-access-id"] = () => "SUMO_ACCESS_ID=" + "s" + "u" + Random(Alphanumeric, 12, 229),
            ["sumologic-access-key"] = () => "SUMO_ACCESS_KEY=" + Random(Alphanumeric, 64, 230),
        };

        /// <summary>rule id → (why it is not a token, text holding it).</summary>
        public static readonly IReadOnlyDictionary<string, (string Why, Func<string> Text)[]> NearMisses = new Dictionary<string, (string, Func<string>)[]>
        {
            ["sumologic-access-id"] = new (string, Func<string>)[]
            {
                ("empty", () => "sumologic_access_id = \"\""),
                ("one character short", () => "SUMO_ACCESS_ID=" + "s" + "u" + Random(Alphanumeric, 11, 229)),
            },
            ["sumologic-access-key"] = new (string, Func<string>)[]
            {
                ("placeholder", () => "sumo_access_key = \"<SUMOLOGIC ACCESS KEY>\""),
                ("one character short", () => "SUMO_ACCESS_KEY=" + Random(Alphanumeric, 63, 230)),
            },
        };
    }
}
