using System;
using System.Collections.Generic;
using System.Linq;
using System.Text.RegularExpressions;

namespace TokenGuard.Manifest
{
    /// <summary>
    /// The policy a manifest must meet: required fields (TG1005), owners (TG1004), unique ids (TG1006),
    /// expiry (TG1002, TG1003). Dates compare against a settable "today" so builds are reproducible.
    /// </summary>
    public sealed class ManifestValidator
    {
        private static readonly Regex IdPattern = new Regex("^[a-z0-9]+(-[a-z0-9]+)*$", RegexOptions.CultureInvariant);
        private static readonly Regex PrincipalPattern = new Regex("^(user|team|service):[A-Za-z0-9][A-Za-z0-9._@-]*$", RegexOptions.CultureInvariant);
        private static readonly Regex FingerprintPattern = new Regex("^sha256:[0-9a-f]{64}$", RegexOptions.CultureInvariant);

        /// <summary>True for <c>sha256:</c> and 64 lower-case hex digits; anything else may be a pasted secret.</summary>
        public static bool IsWellFormedFingerprint(string value) => FingerprintPattern.IsMatch(value);
        private static readonly Regex RotationPattern = new Regex("^[1-9][0-9]*[dwmy]$", RegexOptions.CultureInvariant);

        private readonly ValidationSettings _settings;

        public ManifestValidator(DateTime today, int expiryWarningDays)
            : this(new ValidationSettings(today) { ExpiryWarningDays = expiryWarningDays })
        {
        }

        public ManifestValidator(ValidationSettings settings) => _settings = settings;

        /// <summary>The UTC date tokens are checked against.</summary>
        public DateTime Today => _settings.Today;

        public int ExpiryWarningDays => _settings.ExpiryWarningDays;

        public IReadOnlyList<ManifestDiagnostic> Validate(TokenManifest manifest)
        {
            var diagnostics = new List<ManifestDiagnostic>();
            var firstById = new Dictionary<string, ManifestEntry>(StringComparer.OrdinalIgnoreCase);
            foreach (ManifestEntry entry in manifest.Entries)
            {
                string name = entry.Id ?? "(no id)";
                CheckId(entry, firstById, diagnostics);
                CheckOwner(entry, name, diagnostics);
                CheckOwnerIsActive(entry, name, diagnostics);
                CheckRequired(entry, name, diagnostics);
                CheckExpiry(entry, name, diagnostics);
                CheckLifetime(entry, name, diagnostics);
                CheckRotation(entry, name, diagnostics);
                CheckScopes(entry, name, diagnostics);
            }

            return diagnostics;
        }

        private static void CheckId(ManifestEntry entry, Dictionary<string, ManifestEntry> firstById, List<ManifestDiagnostic> diagnostics)
        {
            if (string.IsNullOrWhiteSpace(entry.Id))
            {
                diagnostics.Add(Error(DiagnosticIds.RequiredFieldMissingOrInvalid, entry.Location, "token entry has no 'id'; add a unique lower-kebab-case id such as 'stripe-checkout'"));
                return;
            }

            if (!IdPattern.IsMatch(entry.Id))
            {
                diagnostics.Add(Error(DiagnosticIds.RequiredFieldMissingOrInvalid, entry.LocationOf(ManifestFields.Id), $"id '{entry.Id}' must be lower-kebab-case (a-z, 0-9 and '-')"));
            }

            if (firstById.TryGetValue(entry.Id!, out ManifestEntry? first))
            {
                diagnostics.Add(Error(DiagnosticIds.DuplicateId, entry.LocationOf(ManifestFields.Id), $"id '{entry.Id}' is already used by the entry at line {first.Location.Line}; ids must be unique"));
            }
            else
            {
                firstById.Add(entry.Id!, entry);
            }
        }

        private static void CheckOwner(ManifestEntry entry, string name, List<ManifestDiagnostic> diagnostics)
        {
            if (string.IsNullOrWhiteSpace(entry.Owner))
            {
                diagnostics.Add(Error(DiagnosticIds.EntryOwnerInvalid, entry.LocationOf(ManifestFields.Owner), $"token '{name}' has no owner; set 'owner:' to user:<login>, team:<name> or service:<name>, or revoke the token"));
            }
            else if (!PrincipalPattern.IsMatch(entry.Owner))
            {
                diagnostics.Add(Error(DiagnosticIds.EntryOwnerInvalid, entry.LocationOf(ManifestFields.Owner), $"token '{name}' has owner '{entry.Owner}', which is not user:<login>, team:<name> or service:<name>"));
            }

            if (!string.IsNullOrWhiteSpace(entry.Steward) && !PrincipalPattern.IsMatch(entry.Steward))
            {
                diagnostics.Add(Error(DiagnosticIds.RequiredFieldMissingOrInvalid, entry.LocationOf(ManifestFields.Steward), $"token '{name}' has steward '{entry.Steward}', which is not user:<login>, team:<name> or service:<name>"));
            }
        }

        private static void CheckRequired(ManifestEntry entry, string name, List<ManifestDiagnostic> diagnostics)
        {
            if (string.IsNullOrWhiteSpace(entry.System))
            {
                diagnostics.Add(Missing(entry, name, ManifestFields.System, "what the token unlocks, e.g. 'system: stripe'"));
            }

            if (entry.Scope.Count == 0)
            {
                diagnostics.Add(Missing(entry, name, ManifestFields.Scope, "the least privilege it has, e.g. 'scope: [charges:write]'"));
            }

            if (entry.Created is null && !entry.FieldLocations.ContainsKey(ManifestFields.Created))
            {
                diagnostics.Add(Missing(entry, name, ManifestFields.Created, "the ISO 8601 date it was issued, e.g. 'created: 2026-01-10'"));
            }

            if (entry.Expires is null && !entry.NeverExpires && !entry.FieldLocations.ContainsKey(ManifestFields.Expires))
            {
                diagnostics.Add(Missing(entry, name, ManifestFields.Expires, "its ISO 8601 expiry date, e.g. 'expires: 2027-01-10'"));
            }

            if (entry.NeverExpires && string.IsNullOrWhiteSpace(entry.Justification))
            {
                diagnostics.Add(Error(DiagnosticIds.RequiredFieldMissingOrInvalid, entry.LocationOf(ManifestFields.Expires), $"token '{name}' never expires but has no 'justification:'; say why, or set an expiry date"));
            }

            if (entry.Created is DateTime created && entry.Expires is DateTime expires && expires < created)
            {
                diagnostics.Add(Error(DiagnosticIds.RequiredFieldMissingOrInvalid, entry.LocationOf(ManifestFields.Expires), $"token '{name}' expires ({Format(expires)}) before it was created ({Format(created)})"));
            }

            if (!string.IsNullOrWhiteSpace(entry.Rotation) && !RotationPattern.IsMatch(entry.Rotation))
            {
                diagnostics.Add(Error(DiagnosticIds.RequiredFieldMissingOrInvalid, entry.LocationOf(ManifestFields.Rotation), $"token '{name}' has rotation '{entry.Rotation}'; use a number and d, w, m or y, e.g. '90d'"));
            }

            foreach (string fingerprint in entry.Fingerprints)
            {
                if (!IsWellFormedFingerprint(fingerprint))
                {
                    diagnostics.Add(Error(DiagnosticIds.RequiredFieldMissingOrInvalid, entry.LocationOf(ManifestFields.Fingerprints), $"token '{name}' lists fingerprint '{Truncate(fingerprint)}'; fingerprints are 'sha256:' and 64 lower-case hex digits, never the value itself"));
                }
            }
        }

        private void CheckExpiry(ManifestEntry entry, string name, List<ManifestDiagnostic> diagnostics)
        {
            if (!(entry.Expires is DateTime expires)) return;
            SourceLocation at = entry.LocationOf(ManifestFields.Expires);
            int daysLeft = (int)(expires - Today).TotalDays;
            if (daysLeft <= 0)
            {
                diagnostics.Add(Error(DiagnosticIds.EntryExpired, at, $"token '{name}' expired on {Format(expires)}; rotate it and update 'expires', or revoke it and remove the entry"));
            }
            else if (daysLeft <= _settings.ExpiryWarningDays)
            {
                diagnostics.Add(new ManifestDiagnostic(DiagnosticIds.EntryExpiresSoon, ManifestSeverity.Warning, at, $"token '{name}' expires on {Format(expires)}, in {daysLeft} day{(daysLeft == 1 ? "" : "s")}; plan its rotation"));
            }
        }

        // Offboarding: a token whose owner left must be reassigned or revoked (CIS 5.3, NIST AC-2(3)).
        private void CheckOwnerIsActive(ManifestEntry entry, string name, List<ManifestDiagnostic> diagnostics)
        {
            OwnerDirectory? owners = _settings.Owners;
            if (owners is null || string.IsNullOrWhiteSpace(entry.Owner) || !PrincipalPattern.IsMatch(entry.Owner) || !owners.Covers(entry.Owner!)) return;
            SourceLocation at = entry.LocationOf(ManifestFields.Owner);
            OwnerRecord? record = owners.Find(entry.Owner!);
            if (record is null)
            {
                // A directory export covers one tenant or system: a gap in it is a warning. A principal,status
                // list names every allowed owner, so someone missing from it is an error, as it always was.
                var severity = owners.ListsEveryOwner ? ManifestSeverity.Error : ManifestSeverity.Warning;
                diagnostics.Add(new ManifestDiagnostic(DiagnosticIds.EntryOwnerInvalid, severity, at, $"token '{name}' is owned by '{entry.Owner}', who is unknown to the directories (not in {owners.Names}); map their identity with an owner map, reassign the token to a known owner or revoke it"));
            }
            else if (!record.IsActive)
            {
                diagnostics.Add(Error(DiagnosticIds.EntryOwnerInvalid, at, $"token '{name}' is owned by '{entry.Owner}', who {record.Describe()}; reassign it to an active owner or revoke it"));
            }
        }

        private void CheckLifetime(ManifestEntry entry, string name, List<ManifestDiagnostic> diagnostics)
        {
            SourceLocation at = entry.LocationOf(ManifestFields.Expires);
            if (entry.NeverExpires && !_settings.AllowNeverExpires)
            {
                diagnostics.Add(Error(DiagnosticIds.LifetimeTooLong, at, $"token '{name}' never expires, which policy forbids; issue it with an expiry date"));
            }
            else if (_settings.MaxLifetime is PolicyDuration max && entry.Created is DateTime created)
            {
                if (entry.NeverExpires)
                {
                    diagnostics.Add(Error(DiagnosticIds.LifetimeTooLong, at, $"token '{name}' never expires, but policy allows at most {max} from creation"));
                }
                else if (entry.Expires is DateTime expires && expires > max.AddTo(created))
                {
                    diagnostics.Add(Error(DiagnosticIds.LifetimeTooLong, at, $"token '{name}' lives from {Format(created)} to {Format(expires)}, longer than the {max} policy allows; expire it by {Format(max.AddTo(created))}"));
                }
            }
        }

        private void CheckRotation(ManifestEntry entry, string name, List<ManifestDiagnostic> diagnostics)
        {
            if (!(entry.Created is DateTime created) || !PolicyDuration.TryParse(entry.Rotation, out PolicyDuration rotation)) return;
            DateTime due = rotation.AddTo(created);
            if (due <= Today)
            {
                diagnostics.Add(Error(DiagnosticIds.RotationOverdue, entry.LocationOf(ManifestFields.Rotation), $"token '{name}' was due for rotation on {Format(due)} (created {Format(created)}, rotation {rotation}); rotate it and update 'created'"));
            }
        }

        private void CheckScopes(ManifestEntry entry, string name, List<ManifestDiagnostic> diagnostics)
        {
            foreach (string scope in entry.Scope)
            {
                bool broad = scope == "*" || scope.EndsWith(":*", StringComparison.Ordinal)
                    || _settings.BroadScopes.Any(b => string.Equals(b, scope, StringComparison.OrdinalIgnoreCase));
                if (broad)
                {
                    diagnostics.Add(new ManifestDiagnostic(DiagnosticIds.BroadScope, ManifestSeverity.Warning, entry.LocationOf(ManifestFields.Scope), $"token '{name}' has the broad scope '{scope}'; narrow it to the least privilege the job needs, or accept it in policy.broadScopes"));
                }
            }
        }

        private static ManifestDiagnostic Missing(ManifestEntry entry, string name, string field, string hint) =>
            Error(DiagnosticIds.RequiredFieldMissingOrInvalid, entry.LocationOf(field), $"token '{name}' has no '{field}'; add {hint}");

        private static ManifestDiagnostic Error(string id, SourceLocation at, string message) =>
            new ManifestDiagnostic(id, ManifestSeverity.Error, at, message);

        private static string Format(DateTime date) => Conventions.FormatDate(date);

        // A malformed fingerprint may be a pasted secret: show it only redacted.
        private static string Truncate(string value) => Redaction.Redact(value);
    }
}
