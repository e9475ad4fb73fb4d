using System.Linq;
using TokenGuard.Inventory;

namespace TokenGuard.Tests
{
    public class SarifUsageReaderTests
    {
        // The shape Roslyn's SARIF 2.1 logger writes: Diagnostic.Properties under properties.customProperties,
        // sorted by key, beside warningLevel. Messages here are worded unlike TG0010's so only properties can match.
        private const string Log =
            "{ \"version\": \"2.1.0\", \"runs\": [ { \"results\": [\n" +
            "  { \"ruleId\": \"TG0010\", \"level\": \"note\", \"message\": { \"text\": \"Uses the stripe entry\" },\n" +
            "    \"locations\": [ { \"physicalLocation\": { \"artifactLocation\": { \"uri\": \"file:///repo/src/Shop/Pay%20ments.cs\" }, \"region\": { \"startLine\": 12, \"startColumn\": 5 } } } ],\n" +
            "    \"properties\": { \"warningLevel\": 1, \"customProperties\": { \"PrefixKnown\": \"true\", \"TokenId\": \"stripe-checkout\", \"UsageKind\": \"env\", \"UsageName\": \"STRIPE_API_KEY\" } } },\n" +
            "  { \"ruleId\": \"TG0003\", \"level\": \"warning\", \"message\": { \"text\": \"Token environment variable 'X_TOKEN' has no entry\" },\n" +
            "    \"locations\": [ { \"physicalLocation\": { \"artifactLocation\": { \"uri\": \"file:///repo/src/Shop/A.cs\" }, \"region\": { \"startLine\": 3 } } } ],\n" +
            "    \"properties\": { \"customProperties\": { \"TokenId\": \"not-a-usage\" } } },\n" +
            "  { \"ruleId\": \"TG0010\", \"message\": { \"text\": \"Lecture du jeton\" },\n" +
            "    \"locations\": [ { \"physicalLocation\": { \"artifactLocation\": { \"uri\": \"file:///elsewhere/B.cs\" }, \"region\": { \"startLine\": 7 } } } ],\n" +
            "    \"properties\": { \"customProperties\": { \"TokenId\": \"github-release\" } } }\n" +
            "] } ] }";

        [Fact]
        public void Reads_only_usage_results_with_paths_relative_to_the_root()
        {
            var usages = SarifUsageReader.Read(Log, "/repo");
            Assert.Equal(new[] { "stripe-checkout src/Shop/Pay ments.cs:12", "github-release /elsewhere/B.cs:7" },
                usages.Select(u => u.TokenId + " " + u.File + ":" + u.Line));
        }

        [Fact]
        public void The_token_id_comes_from_the_properties_never_the_message()
        {
            string messageOnly = Result("{ \"text\": \"Reads token 'from-message' registered in tokens.yaml (owner team:x, expires never)\" }", properties: null);
            string misleading = Result("{ \"text\": \"Reads token 'from-message' registered in tokens.yaml\" }", properties: "{ \"customProperties\": { \"TokenId\": \"from-properties\" } }");
            string nullId = Result("{ \"text\": \"x\" }", properties: "{ \"customProperties\": { \"TokenId\": null } }");
            string log = "{ \"runs\": [ { \"results\": [ " + messageOnly + ", " + misleading + ", " + nullId + " ] } ] }";

            var usages = SarifUsageReader.Read(log, "/repo");

            Assert.Equal("from-properties C.cs:4", Assert.Single(usages.Select(u => u.TokenId + " " + u.File + ":" + u.Line)));
        }

        [Fact]
        public void Other_results_are_skipped_whatever_their_shape_and_rule_id_need_not_come_first()
        {
            string other = "{ \"level\": \"note\", \"properties\": { \"ruleId\": \"TG0010\", \"results\": [], \"customProperties\": { \"TokenId\": \"no\" } }, \"ruleId\": \"CA1822\", \"message\": { \"text\": \"Reads token 'no' registered\" } }";
            string usage = "{ \"properties\": { \"customProperties\": { \"TokenId\": \"late-rule-id\" } }, \"locations\": [ { \"physicalLocation\": { \"artifactLocation\": { \"uri\": \"file:///repo/C.cs\" }, \"region\": { \"startLine\": 4 } } } ], \"ruleId\": \"TG0010\" }";
            string log = "{ \"runs\": [ { \"tool\": { \"driver\": { \"name\": \"csc\" } }, \"results\": [ " + string.Join(", ", Enumerable.Repeat(other, 500)) + ", " + usage + " ] } ] }";

            var usages = SarifUsageReader.Read(log, "/repo");

            Assert.Equal("late-rule-id C.cs:4", Assert.Single(usages.Select(u => u.TokenId + " " + u.File + ":" + u.Line)));
        }

        [Fact]
        public void A_log_without_runs_or_results_has_no_usages()
        {
            Assert.Empty(SarifUsageReader.Read("{ \"version\": \"2.1.0\" }", null));
            Assert.Empty(SarifUsageReader.Read("{ \"runs\": [ { } ] }", null));
        }

        private static string Result(string message, string? properties) =>
            "{ \"ruleId\": \"TG0010\", \"message\": " + message +
            ", \"locations\": [ { \"physicalLocation\": { \"artifactLocation\": { \"uri\": \"file:///repo/C.cs\" }, \"region\": { \"startLine\": 4 } } } ]" +
            (properties is null ? "" : ", \"properties\": " + properties) + " }";
    }
}
