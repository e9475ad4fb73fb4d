using System;
using System.Collections.Generic;
using static TokenGuard.Tests.SampleAlphabets;
using static TokenGuard.Tests.TestTokens;

namespace TokenGuard.Tests
{
    /// <summary>The samples of the rules in <c>Rules/Providers/SonarQube.cs</c>: for each rule a text holding one of its tokens, and its near misses.</summary>
    internal static class SonarQubeSamples
    {
        /// <summary>rule id → text containing exactly one token of that rule.</summary>
        public static readonly IReadOnlyDictionary<string, Func<string>> Secrets = new Dictionary<string, Func<string>>
        {
            ["sonarqube-token"] = () => "sq" + "u_" + Random(Hex, 40, 203),
            ["sonarqube-legacy-token"] = () => "dotnet sonarscanner begin /k:shop /d:sonar.login=" + Random(Hex, 40, 204),
        };

        /// <summary>rule id → (why it is not a token, text holding it).</summary>
        public static readonly IReadOnlyDictionary<string, (string Why, Func<string> Text)[]> NearMisses = new Dictionary<string, (string, Func<string>)[]>
        {
            ["sonarqube-token"] = new (string, Func<string>)[] { ("one character short", () => "sq" + "u_" + Random(Hex, 39, 203)) },
            ["sonarqube-legacy-token"] = new (string, Func<string>)[]
            {
                ("a project key, not a token", () => "/d:sonar.projectKey=" + Random(Hex, 40, 204)),
                ("one character short", () => "/d:sonar.login=" + Random(Hex, 39, 204)),
                ("variable", () => "/d:sonar.token=$SONAR_TOKEN"),
            },
        };
    }
}
