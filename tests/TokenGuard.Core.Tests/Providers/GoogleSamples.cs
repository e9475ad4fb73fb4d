using System;
using System.Collections.Generic;
using static TokenGuard.Tests.SampleAlphabets;
using static TokenGuard.Tests.TestTokens;

namespace TokenGuard.Tests
{
    /// <summary>The samples of the rules in <c>Rules/Providers/Google.cs</c>: for each rule a text holding one of its tokens, and its near misses.</summary>
    internal static class GoogleSamples
    {
        /// <summary>rule id → text containing exactly one token of that rule.</summary>
        public static readonly IReadOnlyDictionary<string, Func<string>> Secrets = new Dictionary<string, Func<string>>
        {
            ["google-api-key"] = () => "AI" + "za" + Random(Url, 35, 27),
            ["google-oauth-client-secret"] = () => "GOCSPX" + "-" + Random(Url, 28, 28),
            ["google-oauth-refresh-token"] = () => "1/" + "/0" + Random(Url, 100, 439),
            ["google-oauth-access-token"] = () => "ya" + "29." + Random(Url, 120, 440),
            ["gcp-service-account-key"] = () => "{ \"type\": \"service_" + "account\", \"project_id\": \"shop\", \"private_key_id\": \"" + Random(Hex, 40, 446) + "\" }",
        };

        /// <summary>rule id → (why it is not a token, text holding it).</summary>
        public static readonly IReadOnlyDictionary<string, (string Why, Func<string> Text)[]> NearMisses = new Dictionary<string, (string, Func<string>)[]>
        {
            ["google-api-key"] = new (string, Func<string>)[] { ("one character short", () => "AI" + "za" + Random(Url, 34, 27)) },
            ["google-oauth-client-secret"] = new (string, Func<string>)[] { ("one character short", () => "GOCSPX" + "-" + Random(Url, 27, 28)) },
            ["google-oauth-refresh-token"] = new (string, Func<string>)[] { ("placeholder", () => "1/" + "/0" + new string('x', 60)) },
            ["google-oauth-access-token"] = new (string, Func<string>)[] { ("too short", () => "ya" + "29." + Random(Url, 20, 440)) },
            ["gcp-service-account-key"] = new (string, Func<string>)[]
            {
                ("not a service account key file", () => "{ \"type\": \"authorized_user\", \"private_key_id\": \"" + Random(Hex, 40, 446) + "\" }"),
                ("a sample with its private key redacted after the id", () => "{ \"type\": \"service_" + "account\", \"private_key_id\": \"" + Random(Hex, 40, 446)
                    + "\", \"private_key\": \"-----BEGIN " + "PRIVATE KEY-----\\n<redacted>\\n-----END " + "PRIVATE KEY-----\\n\" }"),
                ("a sample with its private key redacted before the id", () => "{ \"private_key\": \"***\", \"private_key_id\": \"" + Random(Hex, 40, 446) + "\", \"type\": \"service_" + "account\" }"),
            },
        };
    }
}
