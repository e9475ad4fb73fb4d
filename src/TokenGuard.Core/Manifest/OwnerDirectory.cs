using System;
using System.Collections.Generic;
using System.Linq;

namespace TokenGuard.Manifest
{
    /// <summary>
    /// Who may own tokens, merged from the identity directories' exports (Entra ID, Okta, Google Workspace,
    /// GitHub) and TokenGuard's own principal,status lists. A person is looked up as <c>user:&lt;login&gt;</c>;
    /// <c>team:</c> and <c>service:</c> owners are not people, so only a principal,status list (which names them) checks them.
    /// </summary>
    public sealed class OwnerDirectory
    {
        private readonly Dictionary<string, OwnerRecord> _byPrincipal;
        private readonly Dictionary<string, string> _principalByIdentity;

        /// <param name="files">The exports read, for messages.</param>
        /// <param name="principalByIdentity">The owner map: directory identity (address, login, id) → principal.</param>
        /// <param name="listsEveryOwner">A principal,status list was given: it names every allowed owner, teams and services too.</param>
        public OwnerDirectory(IReadOnlyList<string> files, IEnumerable<OwnerRecord> records, IDictionary<string, string> principalByIdentity, bool listsEveryOwner)
        {
            Files = files;
            _byPrincipal = records.ToDictionary(r => r.Principal, StringComparer.OrdinalIgnoreCase);
            _principalByIdentity = new Dictionary<string, string>(principalByIdentity, StringComparer.OrdinalIgnoreCase);
            ListsEveryOwner = listsEveryOwner;
        }

        public IReadOnlyList<string> Files { get; }

        /// <summary>The exports' file names, for messages: "entra-users.json, okta-users.json".</summary>
        public string Names => string.Join(", ", Files.Select(System.IO.Path.GetFileName));

        public int Count => _byPrincipal.Count;

        public bool ListsEveryOwner { get; }

        /// <summary>Whether the directories speak for this owner: always for <c>user:</c>; for teams and services only when a principal,status list was given.</summary>
        public bool Covers(string principal) =>
            principal.Trim().StartsWith("user:", StringComparison.OrdinalIgnoreCase) || ListsEveryOwner;

        /// <summary>The merged record, or null when no export knows the principal.</summary>
        public OwnerRecord? Find(string principal) =>
            _byPrincipal.TryGetValue(principal.Trim(), out OwnerRecord? record) ? record : null;

        /// <summary>The principal's status as written (e.g. "departed"), or null when not listed.</summary>
        public string? StatusOf(string principal) => Find(principal)?.Status;

        /// <summary>A provider account (a GitHub login …) as a principal: the owner map's, else <c>user:&lt;account&gt;</c>.</summary>
        public string PrincipalOfAccount(string account) =>
            _principalByIdentity.TryGetValue(account.Trim(), out string? principal) ? principal : "user:" + account.Trim();

        public static bool IsActiveStatus(string status) =>
            status.Length == 0 || string.Equals(status, "active", StringComparison.OrdinalIgnoreCase);
    }
}
