using System;
using System.Collections.Generic;
using static TokenGuard.Tests.SampleAlphabets;
using static TokenGuard.Tests.TestTokens;

namespace TokenGuard.Tests
{
    /// <summary>The samples of the rules in <c>Rules/Providers/Artifactory.cs</c>: for each rule a text holding one of its tokens, and its near misses.</summary>
    internal static class ArtifactorySamples
    {
        /// <summary>rule id → text containing exactly one token of that rule.</summary>
        public static readonly IReadOnlyDictionary<string, Func<string>> Secrets = new Dictionary<string, Func<string>>
        {
            ["artifactory-api-key"] = () => "AK" + "Cp" + Random(Alphanumeric, 69, 255),
            ["artifactory-reference-token"] = () => "cmVm" + "d" + Random(Alphanumeric, 59, 256),
            ["jfrog-identity-token"] = () => "JFROG_ACCESS_TOKEN=" + Random(Alphanumeric, 64, 257),
        };

        /// <summary>rule id → (why it is not a token, text holding it).</summary>
        public static readonly IReadOnlyDictionary<string, (string Why, Func<string> Text)[]> NearMisses = new Dictionary<string, (string, Func<string>)[]>
        {
            ["artifactory-api-key"] = new (string, Func<string>)[] { ("one character short", () => "AK" + "Cp" + Random(Alphanumeric, 68, 255)) },
            ["artifactory-reference-token"] = new (string, Func<string>)[] { ("one character short", () => "cmVm" + "d" + Random(Alphanumeric, 58, 256)) },
            ["jfrog-identity-token"] = new (string, Func<string>)[]
            {
                ("a URL name", () => "JFROG_URL=" + Random(Alphanumeric, 64, 257)),
                ("one character short", () => "JFROG_ACCESS_TOKEN=" + Random(Alphanumeric, 63, 257)),
            },
        };
    }
}
