using System;
using System.Collections.Generic;
using static TokenGuard.Tests.SampleAlphabets;
using static TokenGuard.Tests.TestTokens;

namespace TokenGuard.Tests
{
    /// <summary>The samples of the rules in <c>Rules/Providers/PyPI.cs</c>: for each rule a text holding one of its tokens, and its near misses.</summary>
    internal static class PyPISamples
    {
        /// <summary>rule id → text containing exactly one token of that rule.</summary>
        public static readonly IReadOnlyDictionary<string, Func<string>> Secrets = new Dictionary<string, Func<string>>
        {
            ["pypi-token"] = () => "pypi-" + "AgEIcHlwaS5vcmc" + Random(Url, 60, 6),
        };

        /// <summary>rule id → (why it is not a token, text holding it).</summary>
        public static readonly IReadOnlyDictionary<string, (string Why, Func<string> Text)[]> NearMisses = new Dictionary<string, (string, Func<string>)[]>
        {
            ["pypi-token"] = new (string, Func<string>)[] { ("body too short", () => "pypi-" + "AgEIcHlwaS5vcmc" + Random(Url, 40, 6)) },
        };
    }
}
