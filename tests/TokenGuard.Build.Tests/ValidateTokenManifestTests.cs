using System.Linq;
using TokenGuard.Build;

namespace TokenGuard.Tests
{
    public class ValidateTokenManifestTests
    {
        internal const string Manifest =
            "version: 1\n" +
            "tokens:\n" +
            "  - id: stripe-checkout\n" +
            "    owner: team:payments\n" +
            "    system: stripe\n" +
            "    scope: [charges:write]\n" +
            "    created: 2026-01-10\n" +
            "    expires: 2027-01-10\n" +
            "    usages:\n" +
            "      - env: STRIPE_API_KEY\n";

        private static (bool Success, RecordingBuildEngine Engine, string Path) Run(string manifest, string today = "2026-06-01", System.Action<ValidateTokenManifest, TempDirectory>? configure = null)
        {
            using var directory = new TempDirectory();
            string path = directory.Write("tokens.yaml", manifest);
            var engine = new RecordingBuildEngine();
            var task = new ValidateTokenManifest { BuildEngine = engine, ManifestPath = path, Today = today };
            configure?.Invoke(task, directory);
            return (task.Execute(), engine, path);
        }

        [Fact]
        public void Departed_owner_in_the_owners_file_fails_with_TG1004_naming_the_fix()
        {
            var (success, engine, _) = Run(Manifest, configure: (task, directory) =>
                task.OwnersFile = directory.Write("owners.csv", "principal,status,departed_on\nteam:payments,departed,2026-05-30\n"));
            Assert.False(success);
            var error = Assert.Single(engine.Errors);
            Assert.Equal("TG1004", error.Code);
            Assert.Equal(4, error.LineNumber);
            Assert.Contains("reassign it to an active owner or revoke it", error.Message);
        }

        [Fact]
        public void Active_owner_passes()
        {
            var (success, engine, _) = Run(Manifest, configure: (task, directory) =>
                task.OwnersFile = directory.Write("owners.yaml", "owners:\n  - principal: team:payments\n    status: active\n"));
            Assert.True(success, string.Join("\n", engine.Errors.Select(e => e.Message)));
        }

        [Fact]
        public void Missing_owners_file_is_a_clear_error()
        {
            var (success, engine, _) = Run(Manifest, configure: (task, _) => task.OwnersFile = "/nonexistent/owners.csv");
            Assert.False(success);
            Assert.Contains("does not exist", Assert.Single(engine.Errors).Message);
        }

        [Fact]
        public void Max_lifetime_property_fails_long_lived_tokens_with_TG1009()
        {
            var (success, engine, _) = Run(Manifest, configure: (task, _) => task.MaxLifetime = "90d");
            Assert.False(success);
            Assert.Equal("TG1009", Assert.Single(engine.Errors).Code);
        }

        [Theory]
        [InlineData("MaxLifetime", "forever")]
        [InlineData("AllowNeverExpires", "perhaps")]
        [InlineData("ExpiryWarningDays", "soon")]
        public void Bad_setting_values_are_clear_errors(string property, string value)
        {
            var (success, engine, _) = Run(Manifest, configure: (task, _) => typeof(ValidateTokenManifest).GetProperty(property)!.SetValue(task, value));
            Assert.False(success);
            Assert.Contains(value, Assert.Single(engine.Errors).Message);
        }

        [Fact]
        public void A_manifest_shared_by_several_projects_is_reported_once_per_build()
        {
            using var directory = new TempDirectory();
            string path = directory.Write("tokens.yaml", Manifest.Replace("owner: team:payments", "owner: "));
            var engine = new RecordingBuildEngine();
            bool first = new ValidateTokenManifest { BuildEngine = engine, ManifestPath = path, Today = "2026-06-01" }.Execute();
            bool second = new ValidateTokenManifest { BuildEngine = engine, ManifestPath = path, Today = "2026-06-01" }.Execute();

            Assert.False(first);
            Assert.True(second);
            Assert.Equal("TG1004", Assert.Single(engine.Errors).Code);
            Assert.Contains(engine.Messages, m => m.Message!.Contains("validated earlier in this build"));
        }

        [Fact]
        public void Valid_manifest_passes_silently()
        {
            var (success, engine, _) = Run(Manifest);
            Assert.True(success);
            Assert.Empty(engine.Errors);
            Assert.Empty(engine.Warnings);
        }

        [Fact]
        public void Expired_entry_fails_with_TG1002_at_file_line_and_column()
        {
            var (success, engine, path) = Run(Manifest, today: "2027-01-11");
            Assert.False(success);
            var error = Assert.Single(engine.Errors);
            Assert.Equal("TG1002", error.Code);
            Assert.Equal(path, error.File);
            Assert.Equal(8, error.LineNumber);
            Assert.Equal(5, error.ColumnNumber);
            Assert.Null(error.Subcategory);
            Assert.EndsWith("docs/rules/TG1002.md", error.HelpLink);
            Assert.Contains("stripe-checkout", error.Message);
        }

        [Fact]
        public void Empty_owner_fails_with_TG1004()
        {
            var (success, engine, _) = Run(Manifest.Replace("owner: team:payments", "owner: "));
            Assert.False(success);
            var error = Assert.Single(engine.Errors);
            Assert.Equal("TG1004", error.Code);
            Assert.Equal(4, error.LineNumber);
        }

        [Fact]
        public void Broken_yaml_fails_with_TG1001_and_no_stack_trace()
        {
            var (success, engine, _) = Run(Manifest.Replace("scope: [charges:write]", "scope: [charges:write"));
            Assert.False(success);
            var error = Assert.Single(engine.Errors);
            Assert.Equal("TG1001", error.Code);
            Assert.True(error.LineNumber > 0);
            Assert.True(error.ColumnNumber > 0);
            Assert.DoesNotContain(" at ", error.Message);
        }

        [Fact]
        public void Expiring_soon_and_unknown_fields_are_warnings_only()
        {
            var (success, engine, _) = Run(Manifest.Replace("    usages:", "    ownr: x\n    usages:"), today: "2026-12-31");
            Assert.True(success);
            Assert.Empty(engine.Errors);
            Assert.Equal(new[] { "TG1003", "TG1007" }, engine.Warnings.Select(w => w.Code).OrderBy(c => c));
        }

        [Fact]
        public void Duplicate_id_fails_with_TG1006()
        {
            string entry = Manifest.Substring(Manifest.IndexOf("  - id:", System.StringComparison.Ordinal));
            var (success, engine, _) = Run(Manifest + entry);
            Assert.False(success);
            Assert.Equal("TG1006", Assert.Single(engine.Errors).Code);
        }

        [Fact]
        public void Invalid_today_setting_is_a_clear_error()
        {
            var (success, engine, _) = Run(Manifest, today: "01/06/2026");
            Assert.False(success);
            Assert.Contains("TokenGuardToday", Assert.Single(engine.Errors).Message);
        }

        [Fact]
        public void Missing_file_is_an_error_not_an_exception()
        {
            var engine = new RecordingBuildEngine();
            var task = new ValidateTokenManifest { BuildEngine = engine, ManifestPath = "/nonexistent/tokens.yaml" };
            Assert.False(task.Execute());
            Assert.Equal("TG1001", Assert.Single(engine.Errors).Code);
        }
    }
}
