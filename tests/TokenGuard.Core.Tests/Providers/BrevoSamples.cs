using System;
using System.Collections.Generic;
using static TokenGuard.Tests.SampleAlphabets;
using static TokenGuard.Tests.TestTokens;

namespace TokenGuard.Tests
{
    /// <summary>The samples of the rules in <c>Rules/Providers/Brevo.cs</c>: for each rule a text holding one of its tokens, and its near misses.</summary>
    internal static class BrevoSamples
    {
        /// <summary>rule id → text containing exactly one token of that rule.</summary>
        public static readonly IReadOnlyDictionary<string, Func<string>> Secrets = new Dictionary<string, Func<string>>
        {
            ["brevo-api-key"] = () => "xkey" + "sib-" + Random(Hex, 64, 258) + "-" + Random(Alphanumeric, 16, 259),
        };

        /// <summary>rule id → (why it is not a token, text holding it).</summary>
        public static readonly IReadOnlyDictionary<string, (string Why, Func<string> Text)[]> NearMisses = new Dictionary<string, (string, Func<string>)[]>
        {
            ["brevo-api-key"] = new (string, Func<string>)[] { ("suffix one character short", () => "xkey" + "sib-" + Random(Hex, 64, 258) + "-" + Random(Alphanumeric, 15, 259)) },
        };
    }
}
