using System;
using System.Collections.Generic;
using static TokenGuard.Tests.SampleAlphabets;
using static TokenGuard.Tests.TestTokens;

namespace TokenGuard.Tests
{
    /// <summary>The samples of the rules in <c>Rules/Providers/Aws.cs</c>: for each rule a text holding one of its tokens, and its near misses.</summary>
    internal static class AwsSamples
    {
        /// <summary>rule id → text containing exactly one token of that rule.</summary>
        public static readonly IReadOnlyDictionary<string, Func<string>> Secrets = new Dictionary<string, Func<string>>
        {
            ["aws-access-key-id"] = () => AwsAccessKeyId(23),
            ["aws-secret-access-key"] = () => "aws_secret_access_key = " + Random(Base64, 40, 20),
            ["aws-secret-access-key-paired"] = () => "id: AK" + "IA" + Random("ABCDEFGHIJKLMNOPQRSTUVWXYZ234567", 9, 425) + "EXAMPLE\nsecret: " + Random(Base64, 40, 426),
            ["aws-appsync-api-key"] = () => "https://" + Random(Lower, 26, 427) + ".appsync-api.eu-west-1.amazonaws.com/graphql key: " + "da" + "2-" + Random(Lower, 26, 428),
            ["aws-session-token"] = () => "AWS_SESSION_TOKEN=" + Random(Base64, 120, 21),
        };

        /// <summary>rule id → (why it is not a token, text holding it).</summary>
        public static readonly IReadOnlyDictionary<string, (string Why, Func<string> Text)[]> NearMisses = new Dictionary<string, (string, Func<string>)[]>
        {
            ["aws-access-key-id"] = new (string, Func<string>)[]
            {
                ("documented example", () => "AKIA" + "IOSFODNN7EXAMPLE"),
                ("inside a longer word", () => "x" + AwsAccessKeyId(35) + "Y"),
            },
            ["aws-secret-access-key"] = new (string, Func<string>)[]
            {
                ("documented example", () => "aws_secret_access_key = wJalrXUtnFEMI/K7MDENG/bPxRfiCY" + "EXAMPLEKEY"),
                ("no AWS name", () => "secret = " + Random(Base64, 40, 20)),
            },
            ["aws-secret-access-key-paired"] = new (string, Func<string>)[] { ("no access key id before it", () => "secret: " + Random(Base64, 40, 426)) },
            ["aws-appsync-api-key"] = new (string, Func<string>)[] { ("no AppSync endpoint", () => "key: " + "da" + "2-" + Random(Lower, 26, 428)) },
            ["aws-session-token"] = new (string, Func<string>)[]
            {
                ("too short", () => "AWS_SESSION_TOKEN=" + Random(Base64, 99, 21)),
                ("placeholder", () => "AWS_SESSION_TOKEN=${AWS_SESSION_TOKEN}"),
            },
        };
    }
}
