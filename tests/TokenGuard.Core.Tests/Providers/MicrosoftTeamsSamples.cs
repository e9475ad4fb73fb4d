using System;
using System.Collections.Generic;
using static TokenGuard.Tests.SampleAlphabets;
using static TokenGuard.Tests.TestTokens;

namespace TokenGuard.Tests
{
    /// <summary>The samples of the rules in <c>Rules/Providers/MicrosoftTeams.cs</c>: for each rule a text holding one of its tokens, and its near misses.</summary>
    internal static class MicrosoftTeamsSamples
    {
        /// <summary>rule id → text containing exactly one token of that rule.</summary>
        public static readonly IReadOnlyDictionary<string, Func<string>> Secrets = new Dictionary<string, Func<string>>
        {
            ["microsoft-teams-webhook"] = () => TeamsWebhook(236),
            ["microsoft-workflow-trigger-url"] = () => "https://prod-12.westeurope.logic.azure.com:443/workflows/" + Random(Hex, 32, 423) +
                "/triggers/manual/paths/" + "invoke?api-version=2016-06-01&sp=%2Ftriggers%2Fmanual%2Frun&sv=1.0&sig=" + Random(Url, 43, 424),
        };

        /// <summary>rule id → (why it is not a token, text holding it).</summary>
        public static readonly IReadOnlyDictionary<string, (string Why, Func<string> Text)[]> NearMisses = new Dictionary<string, (string, Func<string>)[]>
        {
            ["microsoft-teams-webhook"] = new (string, Func<string>)[] { ("secret one character short", () => TeamsWebhook(236, secretLength: 31)) },
            ["microsoft-workflow-trigger-url"] = new (string, Func<string>)[]
            {
                ("no signature", () => "https://prod-12.westeurope.logic.azure.com:443/workflows/" + Random(Hex, 32, 423) + "/triggers/manual/paths/" + "invoke?api-version=2016-06-01"),
            },
        };

        private static string TeamsWebhook(int seed, int secretLength = 32) =>
            "https://contoso" + ".webhook.office.com/webhookb2/" + Uuid(seed) + "@" + Uuid(seed + 5) + "/Incoming" + "Webhook/" + Random(Hex, secretLength, seed + 10) + "/" + Uuid(seed + 11);
    }
}
