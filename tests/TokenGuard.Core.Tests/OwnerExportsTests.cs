using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text;
using TokenGuard.Manifest;

namespace TokenGuard.Tests
{
    /// <summary>The identity directories' own exports (tests/fixtures/directories), read by shape, mapped and merged.</summary>
    public sealed class OwnerExportsTests
    {
        private static readonly DateTime Today = new DateTime(2026, 12, 1);

        private static OwnerInput Sample(string name) => new OwnerInput(DirectorySamples.PathOf(name), File.ReadAllBytes(DirectorySamples.PathOf(name)));

        private static OwnerInput Inline(string name, string text) => new OwnerInput(name, Encoding.UTF8.GetBytes(text));

        private static OwnerLoadResult Load(params OwnerInput[] exports) => OwnerDirectoryLoader.Load(exports, map: null, today: Today);

        private static OwnerDirectory Directory(OwnerLoadResult result)
        {
            Assert.Null(result.FirstError);
            return result.Directory!;
        }

        private static string KindOf(OwnerLoadResult result, string file) =>
            result.Diagnostics.Single(d => d.Path.EndsWith(file, StringComparison.Ordinal) && d.Diagnostic.Severity == ManifestSeverity.Info).Diagnostic.Message;

        [Fact]
        public void The_shared_samples_are_the_fixtures()
        {
            if (DirectorySamples.SharedFolder is not string shared) return;
            foreach (string file in System.IO.Directory.EnumerateFiles(shared))
                Assert.Equal(File.ReadAllBytes(file), File.ReadAllBytes(DirectorySamples.PathOf(Path.GetFileName(file))));
        }

        [Fact]
        public void Graph_users_are_active_when_enabled_and_departed_with_their_leave_date_when_disabled()
        {
            OwnerLoadResult result = Load(Sample("entra-users.json"));
            OwnerDirectory owners = Directory(result);

            Assert.Contains("read as Entra ID users (Microsoft Graph): 3 record(s)", KindOf(result, "entra-users.json"));
            Assert.True(owners.Find("user:alice")!.IsActive);
            OwnerRecord mallory = owners.Find("USER:MALLORY")!;
            Assert.Equal(OwnerStanding.Departed, mallory.Standing);
            Assert.Equal(new DateTime(2026, 11, 20), mallory.LeftOn);
            Assert.Equal("entra-users.json:16", mallory.Source);
            Assert.True(owners.Find("user:bob")!.IsActive); // a guest: bob_fabrikam.com#EXT# is mail bob@fabrikam.com
            Assert.Null(owners.Find("user:bob_fabrikam.com#EXT#"));
        }

        [Fact]
        public void A_past_employeeLeaveDateTime_is_departed_even_while_the_account_is_enabled_and_a_future_one_is_not()
        {
            string page(string leave) => "{\"value\":[{\"userPrincipalName\":\"carol@contoso.com\",\"accountEnabled\":true,\"employeeLeaveDateTime\":\"" + leave + "\"}]}";

            OwnerRecord left = Directory(Load(Inline("past.json", page("2026-11-30T17:00:00Z")))).Find("user:carol")!;
            OwnerRecord staying = Directory(Load(Inline("future.json", page("2027-01-31T17:00:00Z")))).Find("user:carol")!;

            Assert.Equal(OwnerStanding.Departed, left.Standing);
            Assert.Equal(new DateTime(2026, 11, 30), left.LeftOn);
            Assert.True(staying.IsActive);
        }

        [Fact]
        public void Deleted_users_are_departed_on_their_deletedDateTime_with_the_object_id_taken_off_the_upn()
        {
            OwnerLoadResult result = Load(Sample("entra-deleted-users.json"));
            OwnerRecord trent = Directory(result).Find("user:trent")!;

            Assert.Contains("Entra ID deleted users", KindOf(result, "entra-deleted-users.json"));
            Assert.Equal(OwnerStanding.Departed, trent.Standing);
            Assert.Equal(new DateTime(2026, 10, 2), trent.LeftOn);
            Assert.Equal("left on 2026-10-02 (deleted in entra-deleted-users.json:4)", trent.Describe());
        }

        [Fact]
        public void The_admin_center_csv_reads_accountEnabled_True_and_False()
        {
            OwnerLoadResult result = Load(Sample("entra-users-portal.csv"));
            OwnerDirectory owners = Directory(result);

            Assert.Contains("Entra ID users (admin center CSV): 3 record(s)", KindOf(result, "entra-users-portal.csv"));
            Assert.True(owners.Find("user:alice")!.IsActive);
            Assert.Equal(OwnerStanding.Departed, owners.Find("user:mallory")!.Standing);
            Assert.Null(owners.Find("user:mallory")!.LeftOn);
            Assert.True(owners.Find("user:svc-build")!.IsActive); // a quoted UPN and a display name holding a comma
        }

        [Fact]
        public void Okta_statuses_count_as_employed_departed_with_statusChanged_or_not_yet_active()
        {
            OwnerDirectory owners = Directory(Load(Sample("okta-users.json")));
            Assert.True(owners.Find("user:alice")!.IsActive);
            Assert.Equal((OwnerStanding.Departed, (DateTime?)new DateTime(2026, 11, 20)), (owners.Find("user:mallory")!.Standing, owners.Find("user:mallory")!.LeftOn));
            Assert.Equal((OwnerStanding.Departed, (DateTime?)new DateTime(2026, 9, 15), "SUSPENDED"), (owners.Find("user:dave")!.Standing, owners.Find("user:dave")!.LeftOn, owners.Find("user:dave")!.Status));

            string user(string login, string status) => $"{{\"id\":\"{login}\",\"status\":\"{status}\",\"statusChanged\":\"2026-11-01T00:00:00.000Z\",\"profile\":{{\"login\":\"{login}@contoso.com\"}}}}";
            OwnerDirectory more = Directory(Load(Inline("okta.json", "[" + string.Join(",", user("pat", "PASSWORD_EXPIRED"), user("lou", "LOCKED_OUT"), user("rae", "RECOVERY"), user("sam", "STAGED"), user("pia", "PROVISIONED")) + "]")));
            Assert.True(more.Find("user:pat")!.IsActive && more.Find("user:lou")!.IsActive && more.Find("user:rae")!.IsActive);
            Assert.Equal(OwnerStanding.NotYetActive, more.Find("user:sam")!.Standing);
            Assert.Equal("is not yet active (PROVISIONED in okta.json:1)", more.Find("user:pia")!.Describe());
        }

        [Fact]
        public void Google_Workspace_users_are_departed_when_suspended_or_archived()
        {
            OwnerLoadResult result = Load(Sample("google-workspace-users.json"));
            OwnerDirectory owners = Directory(result);

            Assert.Contains("Google Workspace users: 3 record(s)", KindOf(result, "google-workspace-users.json"));
            Assert.True(owners.Find("user:alice")!.IsActive);
            Assert.Equal("suspended", owners.Find("user:mallory")!.Status);
            Assert.Equal(OwnerStanding.Departed, owners.Find("user:erin")!.Standing);
            Assert.Equal("archived", owners.Find("user:erin")!.Status);
        }

        [Fact]
        public void GitHub_members_and_outside_collaborators_are_present_as_their_login_unless_mapped()
        {
            OwnerInput members = Sample("github-org-members.json"), collaborators = Sample("github-org-outside-collaborators.json");
            OwnerDirectory unmapped = Directory(Load(members, collaborators));
            Assert.True(unmapped.Find("user:alice-contoso")!.IsActive);
            Assert.True(unmapped.Find("user:bob-fabrikam")!.IsActive);
            Assert.Equal("user:alice-contoso", unmapped.PrincipalOfAccount("alice-contoso"));

            OwnerInput map = Inline("owner-map.yaml", "map:\n  - principal: user:alice\n    identity: alice-contoso\n  - principal: service:build\n    identity: svc-build-contoso\n");
            OwnerDirectory mapped = Directory(OwnerDirectoryLoader.Load(new[] { members, collaborators }, map, Today));
            Assert.True(mapped.Find("user:alice")!.IsActive);
            Assert.Null(mapped.Find("user:alice-contoso"));
            Assert.Null(mapped.Find("service:build")); // a directory lists people: what the map calls a service is not checked
            Assert.Equal("user:alice", mapped.PrincipalOfAccount("ALICE-CONTOSO"));
        }

        [Fact]
        public void A_csv_owner_map_matches_any_identity_a_record_carries()
        {
            OwnerInput map = Inline("owner-map.csv", "principal,identity\nuser:amoreau,6e7b768e-07e2-4810-8459-485f84f8f204\nuser:m.chen,mallory@contoso.com\n");
            OwnerDirectory owners = Directory(OwnerDirectoryLoader.Load(new[] { Sample("entra-users.json") }, map, Today));

            Assert.True(owners.Find("user:amoreau")!.IsActive); // by Entra object id
            Assert.Equal(OwnerStanding.Departed, owners.Find("user:m.chen")!.Standing); // by address
            Assert.Null(owners.Find("user:alice"));
        }

        [Fact]
        public void When_exports_disagree_departed_wins_and_names_the_export_that_still_says_active()
        {
            OwnerInput list = Inline("owners.csv", "principal,status\nuser:mallory,active\n");
            OwnerRecord mallory = Directory(Load(list, Sample("okta-users.json"), Sample("entra-users-portal.csv"))).Find("user:mallory")!;

            Assert.Equal(OwnerStanding.Departed, mallory.Standing);
            Assert.Equal(new DateTime(2026, 11, 20), mallory.LeftOn); // the dated departure beats the undated one
            Assert.Equal("left on 2026-11-20 (DEPROVISIONED in okta-users.json:16; still active in owners.csv:2)", mallory.Describe());
        }

        [Fact]
        public void The_build_reports_a_departed_owner_with_the_date_and_an_unknown_one_as_a_warning_teams_unchecked()
        {
            OwnerDirectory owners = Directory(Load(Sample("okta-users.json"), Sample("google-workspace-users.json")));
            string manifest = "version: 1\ntokens:\n" + Entry("a", "user:mallory") + Entry("b", "user:zoe") + Entry("c", "team:payments") + Entry("d", "service:ci") + Entry("e", "user:alice");
            ManifestLoadResult loaded = ManifestLoader.Load("tokens.yaml", manifest);

            var diagnostics = new ManifestValidator(new ValidationSettings(Today) { Owners = owners }).Validate(loaded.Manifest!).Where(d => d.Id == "TG1004").ToList();

            Assert.Equal(2, diagnostics.Count);
            ManifestDiagnostic left = diagnostics.Single(d => d.Message.Contains("'a'"));
            Assert.Equal(ManifestSeverity.Error, left.Severity);
            Assert.Contains("owned by 'user:mallory', who left on 2026-11-20 (DEPROVISIONED in okta-users.json:16)", left.Message);
            ManifestDiagnostic unknown = diagnostics.Single(d => d.Message.Contains("'b'"));
            Assert.Equal(ManifestSeverity.Warning, unknown.Severity);
            Assert.Contains("'user:zoe', who is unknown to the directories (not in okta-users.json, google-workspace-users.json)", unknown.Message);
        }

        private static string Entry(string id, string owner) =>
            $"  - id: {id}\n    description: d\n    owner: {owner}\n    system: github\n    scope: [read]\n    created: 2026-01-01\n    expires: 2026-12-31\n";

        [Fact]
        public void A_principal_status_list_keeps_working_and_may_carry_the_day_someone_left()
        {
            OwnerDirectory owners = Directory(Load(Inline("owners.csv", "principal,status,departed_on\nuser:bob,departed,2026-05-30\nteam:payments,active,\n")));

            Assert.Equal(new DateTime(2026, 5, 30), owners.Find("user:bob")!.LeftOn);
            Assert.True(owners.Find("team:payments")!.IsActive);
            Assert.True(owners.ListsEveryOwner && owners.Covers("team:payments"));
            Assert.False(Directory(Load(Sample("okta-users.json"))).Covers("team:payments"));
        }

        [Fact]
        public void More_pages_are_a_warning_and_an_empty_list_is_nobody()
        {
            OwnerLoadResult paged = Load(Inline("page1.json", "{\"@odata.nextLink\":\"https://graph.microsoft.com/v1.0/users?$skiptoken=x\",\"value\":[{\"userPrincipalName\":\"a@c.com\",\"accountEnabled\":true}]}"));
            Assert.Contains(paged.Diagnostics, d => d.Diagnostic.Severity == ManifestSeverity.Warning && d.Diagnostic.Message.Contains("@odata.nextLink"));
            Assert.Equal(1, Directory(paged).Count);
            Assert.Equal(0, Directory(Load(Inline("collaborators.json", "[]"))).Count);
        }

        public static IEnumerable<object[]> Malformed()
        {
            yield return new object[] { "truncated.json", Encoding.UTF8.GetBytes("{\n  \"value\": [\n    { \"userPrincipalName\": \"a@c.com\",\n"), 4, "not valid JSON" };
            yield return new object[] { "people.json", Encoding.UTF8.GetBytes("{\n  \"people\": []\n}\n"), 1, "not a recognised owners export" };
            yield return new object[] { "users.csv", Encoding.UTF8.GetBytes("userPrincipalName,displayName\nalice@contoso.com,Alice\n"), 1, "'accountEnabled' column" };
            yield return new object[] { "people.csv", Encoding.UTF8.GetBytes("name,email\nAlice,a@example.com\n"), 1, "missing its columns" };
            yield return new object[] { "deep.json", Encoding.UTF8.GetBytes("{\"value\":" + new string('[', 100) + new string(']', 100) + "}"), 1, "not valid JSON" };
            yield return new object[] { "binary.json", Splice("[\n  {\"login\": \"alice\", \"type\": \"User\"}\n]\n", 20, 0xFF), 2, "not valid UTF-8" };
            yield return new object[] { "okta.json", Encoding.UTF8.GetBytes("[\n{\"status\":\"ACTIVE\",\"profile\":{\"login\":\"a@c.com\"}},\n{\"status\":\"RETIRED\",\"profile\":{\"login\":\"b@c.com\"}}\n]"), 3, "unknown Okta status" };
            yield return new object[] { "graph.json", Encoding.UTF8.GetBytes("{\"value\":[\n{\"userPrincipalName\":\"a@c.com\"}\n]}"), 2, "without 'accountEnabled'" };
            yield return new object[] { "dates.json", Encoding.UTF8.GetBytes("{\"value\":[\n{\"userPrincipalName\":\"a@c.com\",\"accountEnabled\":false,\"deletedDateTime\":\"yesterday\"}\n]}"), 2, "not an ISO 8601 date" };
            yield return new object[] { "portal.csv", Encoding.UTF8.GetBytes("userPrincipalName,accountEnabled\na@c.com,True\nb@c.com,Maybe\n"), 3, "True or False" };
        }

        private static byte[] Splice(string text, int at, byte value)
        {
            byte[] bytes = Encoding.UTF8.GetBytes(text);
            bytes[at] = value;
            return bytes;
        }

        [Theory]
        [MemberData(nameof(Malformed))]
        public void A_malformed_export_is_an_error_at_its_line_and_no_directory(string name, byte[] content, int line, string message)
        {
            OwnerLoadResult result = Load(Sample("okta-users.json"), new OwnerInput(name, content));

            Assert.Null(result.Directory);
            OwnerFileDiagnostic error = result.FirstError!;
            Assert.Equal(name, error.Path);
            Assert.Equal("TG1004", error.Diagnostic.Id);
            Assert.Equal(line, error.Diagnostic.Location.Line);
            Assert.Contains(message, error.Diagnostic.Message);
        }

        [Theory]
        [InlineData("map.csv", "principal,who\nuser:a,b\n", "'principal' and 'identity'")]
        [InlineData("map.csv", "principal,identity\nuser:a,x\nuser:b,X\n", "mapped to both")]
        [InlineData("map.yaml", "map:\n  - principal: alice\n    identity: a\n", "must be user:<login>")]
        public void A_malformed_owner_map_is_an_error(string name, string text, string message)
        {
            OwnerLoadResult result = OwnerDirectoryLoader.Load(new[] { Sample("okta-users.json") }, Inline(name, text), Today);

            Assert.Null(result.Directory);
            Assert.Equal(name, result.FirstError!.Path);
            Assert.Contains(message, result.FirstError.Diagnostic.Message);
        }
    }
}
