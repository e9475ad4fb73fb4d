using System.Linq;
using TokenGuard.Inventory;

namespace TokenGuard.Tests
{
    public class SarifUsageReaderTests
    {
        private const string Log =
            "{ \"version\": \"2.1.0\", \"runs\": [ { \"results\": [\n" +
            "  { \"ruleId\": \"TG0010\", \"level\": \"note\", \"message\": { \"text\": \"Reads token 'stripe-checkout' registered in tokens.yaml (owner team:payments, expires 2027-01-10)\" },\n" +
            "    \"locations\": [ { \"physicalLocation\": { \"artifactLocation\": { \"uri\": \"file:///repo/src/Shop/Pay%20ments.cs\" }, \"region\": { \"startLine\": 12, \"startColumn\": 5 } } } ] },\n" +
            "  { \"ruleId\": \"TG0003\", \"level\": \"warning\", \"message\": { \"text\": \"Token environment variable 'X_TOKEN' has no entry\" },\n" +
            "    \"locations\": [ { \"physicalLocation\": { \"artifactLocation\": { \"uri\": \"file:///repo/src/Shop/A.cs\" }, \"region\": { \"startLine\": 3 } } } ] },\n" +
            "  { \"ruleId\": \"TG0010\", \"message\": { \"text\": \"Reads token 'github-release' registered in tokens.yaml (owner team:x, expires never)\" },\n" +
            "    \"locations\": [ { \"physicalLocation\": { \"artifactLocation\": { \"uri\": \"file:///elsewhere/B.cs\" }, \"region\": { \"startLine\": 7 } } } ] }\n" +
            "] } ] }";

        [Fact]
        public void Reads_only_usage_results_with_paths_relative_to_the_root()
        {
            var usages = SarifUsageReader.Read(Log, "/repo");
            Assert.Equal(new[] { "stripe-checkout src/Shop/Pay ments.cs:12", "github-release /elsewhere/B.cs:7" },
                usages.Select(u => u.TokenId + " " + u.File + ":" + u.Line));
        }

        [Fact]
        public void Other_results_are_skipped_whatever_their_shape_and_rule_id_need_not_come_first()
        {
            string other = "{ \"level\": \"note\", \"properties\": { \"ruleId\": \"TG0010\", \"results\": [] }, \"ruleId\": \"CA1822\", \"message\": { \"text\": \"Reads token 'no' registered\" } }";
            string usage = "{ \"message\": { \"text\": \"Reads token 'late-rule-id' registered in tokens.yaml\" }, \"locations\": [ { \"physicalLocation\": { \"artifactLocation\": { \"uri\": \"file:///repo/C.cs\" }, \"region\": { \"startLine\": 4 } } } ], \"ruleId\": \"TG0010\" }";
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
    }
}
