using System;
using System.Collections.Generic;
using static TokenGuard.Tests.SampleAlphabets;
using static TokenGuard.Tests.TestTokens;

namespace TokenGuard.Tests
{
    /// <summary>The samples of the rules in <c>Rules/Providers/AwsBedrock.cs</c>: for each rule a text holding one of its tokens, and its near misses.</summary>
    internal static class AwsBedrockSamples
    {
        /// <summary>rule id → text containing exactly one token of that rule.</summary>
        public static readonly IReadOnlyDictionary<string, Func<string>> Secrets = new Dictionary<string, Func<string>>
        {
            ["aws-bedrock-api-key"] = () => "AB" + "SK" + Random(Base64, 132, 213) + "=",
            ["aws-bedrock-short-term-api-key"] = () => "bedrock-api-key-" + "YmVkcm9jay5hbWF6b25hd3MuY29t" + Random(Base64, 220, 214) + "==",
        };

        /// <summary>rule id → (why it is not a token, text holding it).</summary>
        public static readonly IReadOnlyDictionary<string, (string Why, Func<string> Text)[]> NearMisses = new Dictionary<string, (string, Func<string>)[]>
        {
            ["aws-bedrock-api-key"] = new (string, Func<string>)[] { ("too short", () => "AB" + "SK" + Random(Base64, 100, 213)) },
            ["aws-bedrock-short-term-api-key"] = new (string, Func<string>)[] { ("too short", () => "bedrock-api-key-" + "YmVkcm9jay5hbWF6b25hd3MuY29t" + Random(Base64, 30, 214)) },
        };
    }
}
