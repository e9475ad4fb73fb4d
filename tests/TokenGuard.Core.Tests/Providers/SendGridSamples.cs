using System;
using System.Collections.Generic;
using static TokenGuard.Tests.SampleAlphabets;
using static TokenGuard.Tests.TestTokens;

namespace TokenGuard.Tests
{
    /// <summary>The samples of the rules in <c>Rules/Providers/SendGrid.cs</c>: for each rule a text holding one of its tokens, and its near misses.</summary>
    internal static class SendGridSamples
    {
        /// <summary>rule id → text containing exactly one token of that rule.</summary>
        public static readonly IReadOnlyDictionary<string, Func<string>> Secrets = new Dictionary<string, Func<string>>
        {
            ["sendgrid-api-key"] = () => "S" + "G." + Random(Url, 22, 48) + "." + Random(Url, 43, 49),
        };

        /// <summary>rule id → (why it is not a token, text holding it).</summary>
        public static readonly IReadOnlyDictionary<string, (string Why, Func<string> Text)[]> NearMisses = new Dictionary<string, (string, Func<string>)[]>
        {
            ["sendgrid-api-key"] = new (string, Func<string>)[] { ("secret one character short", () => "S" + "G." + Random(Url, 22, 48) + "." + Random(Url, 42, 49)) },
        };
    }
}
