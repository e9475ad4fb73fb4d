using System;
using System.Collections.Generic;

namespace TokenGuard.Manifest
{
    /// <summary>
    /// The names of an Entra ID user (Graph JSON or the admin center CSV) and the principal they map to: the
    /// userPrincipalName's local part, except for guests (<c>bob_fabrikam.com#EXT#@…</c>) and deleted users
    /// (the object id is prefixed to the UPN), whose own address is <c>mail</c>.
    /// </summary>
    internal static class EntraIdentity
    {
        public static (IReadOnlyList<string> Identities, string? Principal) Of(string? userPrincipalName, string? mail, string? id, bool deleted)
        {
            var identities = new List<string>();
            foreach (string? name in new[] { userPrincipalName, mail, id })
            {
                if (!string.IsNullOrWhiteSpace(name)) identities.Add(name!.Trim());
            }

            string? upn = userPrincipalName?.Trim();
            if (deleted && upn != null && id != null)
            {
                string prefix = id.Replace("-", "");
                if (upn.StartsWith(prefix, StringComparison.OrdinalIgnoreCase)) upn = upn.Substring(prefix.Length);
                identities.Add(upn);
            }

            bool guest = upn != null && upn.IndexOf("#EXT#", StringComparison.OrdinalIgnoreCase) >= 0;
            string? address = guest || (deleted && !string.IsNullOrWhiteSpace(mail)) ? mail ?? upn : upn ?? mail;
            return (identities, DirectoryIdentity.PrincipalOf(address));
        }
    }
}
