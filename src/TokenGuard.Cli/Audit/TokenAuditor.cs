using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using TokenGuard.Manifest;

namespace TokenGuard.Cli.Audit
{
    /// <summary>
    /// Matches live tokens to inventory entries (by provider reference, else by a provider-side name
    /// <c>tg:&lt;repo&gt;/&lt;id&gt;</c>) and reports what an auditor asks: coverage, tokens missing from the
    /// inventory, entries with no live token, expired or never-expiring tokens, unused ones, departed owners,
    /// entries missing metadata.
    /// </summary>
    internal sealed class TokenAuditor
    {
        public const int UnusedDays = 90;

        private readonly IReadOnlyList<AuditEntry> _entries;
        private readonly OwnerDirectory? _owners;
        private readonly DateTime _today;
        private readonly Dictionary<string, AuditEntry> _byRef = new Dictionary<string, AuditEntry>(StringComparer.OrdinalIgnoreCase);
        private readonly Dictionary<string, AuditEntry> _byName = new Dictionary<string, AuditEntry>(StringComparer.OrdinalIgnoreCase);

        public TokenAuditor(IReadOnlyList<AuditEntry> entries, OwnerDirectory? owners, DateTime today)
        {
            _entries = entries;
            _owners = owners;
            _today = today.Date;
            foreach (AuditEntry entry in entries)
            {
                string? provider = ProviderKinds.Normalize(entry.Token.ProviderKind ?? entry.Token.System);
                if (provider != null && entry.Token.ProviderRef != null) _byRef[$"{provider}:{entry.Token.ProviderRef}"] = entry;
                if (entry.Token.Id is null) continue;
                foreach (string repository in entry.Repositories) _byName[$"tg:{repository}/{entry.Token.Id}"] = entry;
            }
        }

        public AuditReport Audit(IEnumerable<LiveToken> live, ISet<string> auditedProviders, double minimumCoverage)
        {
            var report = new AuditReport(_today, minimumCoverage);
            foreach (LiveToken token in Deduplicate(live)) report.Tokens.Add(AuditToken(token));

            var matched = new HashSet<AuditEntry>(report.Tokens.Where(t => t.Entry != null).Select(t => t.Entry!));
            foreach (AuditEntry entry in _entries)
            {
                string? provider = ProviderKinds.Normalize(entry.Token.ProviderKind ?? entry.Token.System);
                if (provider != null && auditedProviders.Contains(provider) && !matched.Contains(entry))
                    report.EntryFindings.Add(new EntryFinding(entry, AuditFinding.NoLiveToken, $"no live {provider} token matches it (provider ref or name tg:<repo>/{entry.Token.Id})"));
                string[] missing = MissingMetadata(entry).ToArray();
                if (missing.Length > 0)
                    report.EntryFindings.Add(new EntryFinding(entry, AuditFinding.MissingMetadata, "missing " + string.Join(", ", missing)));
            }

            return report;
        }

        /// <summary>Several exports can describe one token (two Azure DevOps listings, two GitHub files): one token, fields filled from each.</summary>
        private static List<LiveToken> Deduplicate(IEnumerable<LiveToken> live)
        {
            var tokens = new List<LiveToken>();
            var byRef = new Dictionary<string, LiveToken>(StringComparer.Ordinal);
            foreach (LiveToken token in live)
            {
                string key = $"{token.Provider}:{token.Kind}:{token.Ref}";
                if (token.Ref != null && byRef.TryGetValue(key, out LiveToken? first))
                {
                    first.Name ??= token.Name;
                    first.Owner ??= token.Owner;
                    first.Created ??= token.Created;
                    first.KnownSince ??= token.KnownSince;
                    first.Expires ??= token.Expires;
                    first.LastUsed ??= token.LastUsed;
                    first.Active &= token.Active;
                    first.ExpiredAtProvider |= token.ExpiredAtProvider;
                    continue;
                }

                if (token.Ref != null) byRef[key] = token;
                tokens.Add(token);
            }

            return tokens;
        }

        private AuditedToken AuditToken(LiveToken live)
        {
            AuditEntry? entry = null;
            string? matchedBy = null;
            if (live.Ref != null && _byRef.TryGetValue($"{live.Provider}:{live.Ref}", out entry))
            {
                matchedBy = "provider ref " + live.Ref;
            }
            else if (live.Name != null && _byName.TryGetValue(live.Name.Value.Trim(), out entry))
            {
                matchedBy = "name " + live.Name.Value.Trim();
            }

            var audited = new AuditedToken(live, entry, matchedBy);
            AddFields(audited);
            if (!live.Active) return audited;

            if (entry is null) audited.Findings.Add(AuditFinding.NotInventoried);
            if (live.ExpiredAtProvider || (live.Expires != null && live.Expires.Value.UtcDateTime.Date <= _today)) audited.Findings.Add(AuditFinding.Expired);
            else if (live.Expires is null) audited.Findings.Add(AuditFinding.NeverExpires);
            if (IsUnused(live, entry)) audited.Findings.Add(AuditFinding.Unused);
            CheckOwners(audited);
            return audited;
        }

        /// <summary>Provider facts come from the export; what only the manifest records (owner, purpose, creation) from the inventory.</summary>
        private static void AddFields(AuditedToken audited)
        {
            LiveToken live = audited.Live;
            AuditEntry? entry = audited.Entry;
            if (entry?.Token.Owner != null) audited.Owner = entry.Token.Owner;
            else audited.Owner = live.Owner?.Value;
            audited.Expires = live.Expires is null ? null : Day(live.Expires.Value);

            AddField(audited, "name", live.Name);
            AddField(audited, "providerAccount", live.Owner);
            if (entry != null)
            {
                AddInventoryField(audited, "id", entry.Token.Id);
                AddInventoryField(audited, "owner", entry.Token.Owner);
                AddInventoryField(audited, "description", entry.Token.Description);
            }

            if (live.Created != null) AddField(audited, "created", Format(live.Created));
            else AddInventoryField(audited, "created", entry?.Token.Created);
            audited.Fields.Add(live.Expires != null
                ? new AuditField("expires", Day(live.Expires.Value), live.Expires.Source)
                : new AuditField("expires", "never", live.ExpiredAtProvider ? live.Source : "not set at the provider (" + live.Source + ")"));
            if (entry?.Token.Expires != null) AddInventoryField(audited, "inventoryExpires", entry.Token.Expires);
            AddField(audited, "lastUsed", Format(live.LastUsed));
            if (live.Scopes.Count > 0) audited.Fields.Add(new AuditField("scope", string.Join(" ", live.Scopes), live.Source));
            audited.Fields.Add(new AuditField("status", live.Active ? (live.ExpiredAtProvider ? "expired" : "active") : "inactive", live.Source));

            void AddInventoryField(AuditedToken token, string name, string? value)
            {
                if (value != null) token.Fields.Add(new AuditField(name, value, entry!.Source));
            }
        }

        private static void AddField(AuditedToken audited, string name, Sourced<string>? value)
        {
            if (value != null) audited.Fields.Add(new AuditField(name, value.Value, value.Source));
        }

        private static Sourced<string>? Format(Sourced<DateTimeOffset>? date) =>
            date is null ? null : new Sourced<string>(date.Value.UtcDateTime.ToString("yyyy-MM-ddTHH:mm:ssZ", CultureInfo.InvariantCulture), date.Source);

        private static string Day(DateTimeOffset date) => Conventions.FormatDate(date.UtcDateTime);

        /// <summary>Unused: last used 90+ days ago, or never used and existing for 90+ days. Unknown when the provider reports no use.</summary>
        private bool IsUnused(LiveToken live, AuditEntry? entry)
        {
            // --today 0001-01-01 is a valid date: 90 days before it is not.
            DateTime threshold = _today.Ticks > TimeSpan.FromDays(UnusedDays).Ticks ? _today.AddDays(-UnusedDays) : DateTime.MinValue;
            if (live.LastUsed != null) return live.LastUsed.Value.UtcDateTime < threshold;
            if (live.Provider == "azure-devops") return false;
            DateTime? created = (live.Created ?? live.KnownSince)?.Value.UtcDateTime
                ?? (entry?.Token.Created != null && DateTime.TryParse(entry.Token.Created, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal | DateTimeStyles.AdjustToUniversal, out DateTime c) ? c : (DateTime?)null);
            return created != null && created.Value < threshold;
        }

        /// <summary>
        /// The inventory's owner and the provider account must both be active in the owners exports (when given):
        /// departed (with the day and the export that says so) or unknown to every export are findings.
        /// </summary>
        private void CheckOwners(AuditedToken audited)
        {
            if (_owners is null) return;
            var departed = new List<string>();
            var unknown = new List<string>();
            string? owner = audited.Entry?.Token.Owner;
            if (owner != null && _owners.Covers(owner)) Judge(owner, owner);

            // GitLab and Azure DevOps name accounts by numeric id or GUID, which no directory export carries.
            LiveToken live = audited.Live;
            if (live.Owner != null && live.Provider != "gitlab" && live.Provider != "azure-devops")
            {
                string account = live.Owner.Value;
                string principal = _owners.PrincipalOfAccount(account);
                if (_owners.Find(principal) is null && _owners.Find("service:" + account) != null) principal = "service:" + account;
                if (_owners.Covers(principal) && !string.Equals(principal, owner, StringComparison.OrdinalIgnoreCase)) Judge(principal, $"provider account {account} ({principal})");
            }

            if (departed.Count > 0) AddFinding(AuditFinding.DepartedOwner, departed);
            if (unknown.Count > 0) AddFinding(AuditFinding.UnknownOwner, unknown);

            void Judge(string principal, string who)
            {
                OwnerRecord? record = _owners!.Find(principal);
                if (record is null) unknown.Add($"{who} is unknown to the directories ({_owners.Names})");
                else if (!record.IsActive)
                {
                    departed.Add($"{who} {record.Describe()}");
                    audited.Fields.Add(new AuditField("ownerLeft", record.LeftOn is DateTime day ? Conventions.FormatDate(day) : "date unknown", record.Source + " " + record.Status));
                }
            }

            void AddFinding(string code, List<string> details)
            {
                audited.Findings.Add(code);
                audited.FindingDetails[code] = string.Join("; ", details);
            }
        }

        private static IEnumerable<string> MissingMetadata(AuditEntry entry)
        {
            if (string.IsNullOrWhiteSpace(entry.Token.Owner)) yield return "owner";
            if (string.IsNullOrWhiteSpace(entry.Token.System)) yield return "system";
            if (entry.Token.Scope.Count == 0) yield return "scope";
            if (string.IsNullOrWhiteSpace(entry.Token.Created)) yield return "created";
            if (string.IsNullOrWhiteSpace(entry.Token.Expires)) yield return "expires";
            if (string.IsNullOrWhiteSpace(entry.Token.Description)) yield return "description";
        }
    }
}
