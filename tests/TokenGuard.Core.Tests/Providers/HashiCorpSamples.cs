using System;
using System.Collections.Generic;
using static TokenGuard.Tests.SampleAlphabets;
using static TokenGuard.Tests.TestTokens;

namespace TokenGuard.Tests
{
    /// <summary>The samples of the rules in <c>Rules/Providers/HashiCorp.cs</c>: for each rule a text holding one of its tokens, and its near misses.</summary>
    internal static class HashiCorpSamples
    {
        /// <summary>rule id → text containing exactly one token of that rule.</summary>
        public static readonly IReadOnlyDictionary<string, Func<string>> Secrets = new Dictionary<string, Func<string>>
        {
            ["hashicorp-vault-token"] = () => "hvs" + "." + Random(Url, 90, 31),
            ["hashicorp-vault-legacy-token"] = () => "export VAULT_TOKEN=" + "s." + Random(Alphanumeric, 24, 415),
            ["terraform-cloud-token"] = () => Random(Alphanumeric, 14, 32) + ".atlas" + "v1." + Random(Url, 67, 33),
        };

        /// <summary>rule id → (why it is not a token, text holding it).</summary>
        public static readonly IReadOnlyDictionary<string, (string Why, Func<string> Text)[]> NearMisses = new Dictionary<string, (string, Func<string>)[]>
        {
            ["hashicorp-vault-token"] = new (string, Func<string>)[] { ("too short", () => "hvs" + "." + Random(Url, 23, 31)) },
            ["hashicorp-vault-legacy-token"] = new (string, Func<string>)[]
            {
                ("no Vault on the line", () => "token: " + "s." + Random(Alphanumeric, 24, 40) + "\nvault: enabled"),
                ("a member access, one case", () => "vault." + "s.AcceptanceTimeoutSeconds123 = 1"),
                ("letters only", () => "VAULT_TOKEN=" + "s." + Random(Letters, 24, 41)),
            },
            ["terraform-cloud-token"] = new (string, Func<string>)[] { ("too short", () => Random(Alphanumeric, 14, 32) + ".atlas" + "v1." + Random(Url, 59, 33)) },
        };
    }
}
