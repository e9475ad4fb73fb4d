using System;
using System.Collections.Generic;
using static TokenGuard.Tests.SampleAlphabets;
using static TokenGuard.Tests.TestTokens;

namespace TokenGuard.Tests
{
    /// <summary>The samples of the rules in <c>Rules/Providers/Atlassian.cs</c>: for each rule a text holding one of its tokens, and its near misses.</summary>
    internal static class AtlassianSamples
    {
        /// <summary>rule id → text containing exactly one token of that rule.</summary>
        public static readonly IReadOnlyDictionary<string, Func<string>> Secrets = new Dictionary<string, Func<string>>
        {
            ["atlassian-api-token"] = () => "ATATT" + "3" + Random(Url, 180, 10),
            ["atlassian-api-token-legacy"] = () => "JIRA_API_TOKEN=" + Random(Alphanumeric, 24, 260),
        };

        /// <summary>rule id → (why it is not a token, text holding it).</summary>
        public static readonly IReadOnlyDictionary<string, (string Why, Func<string> Text)[]> NearMisses = new Dictionary<string, (string, Func<string>)[]>
        {
            ["atlassian-api-token"] = new (string, Func<string>)[] { ("too short", () => "ATATT" + "3" + Random(Url, 100, 10)) },
            ["atlassian-api-token-legacy"] = new (string, Func<string>)[]
            {
                ("a user name", () => "JIRA_USER=" + Random(Alphanumeric, 24, 260)),
                ("a project key, upper case", () => "jira_project_key = " + "SHOPAPIBACKLOGPLANNING24"),
                ("a method declared after a Jira type (a name followed by its argument list)", () => "func (x *JIRA) " + "GetInsecureSkipVerifyTls" + "() bool {"),
                ("a method called under a token name", () => "jira_token = " + "ReadTokenFromEnvironment" + "(\"JIRA\")"),
                ("a type's name in words after Confluence", () => "confluence: " + "SpaceExportConfiguration"),
            },
        };
    }
}
