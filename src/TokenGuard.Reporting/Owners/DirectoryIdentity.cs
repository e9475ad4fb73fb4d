using System;
using System.Globalization;

namespace TokenGuard.Manifest
{
    /// <summary>How a directory's address or login becomes a manifest principal, and how its dates are read.</summary>
    internal static class DirectoryIdentity
    {
        /// <summary><c>alice@contoso.com</c> → <c>user:alice</c>; a login with no '@' is used whole.</summary>
        public static string? PrincipalOf(string? address)
        {
            if (string.IsNullOrWhiteSpace(address)) return null;
            string value = address!.Trim();
            int at = value.IndexOf('@');
            string login = at > 0 ? value.Substring(0, at) : value;
            return login.Length == 0 ? null : "user:" + login;
        }

        /// <summary>ISO 8601 as the directories write it ("2026-10-02T08:31:12Z", "…000Z") → the UTC day.</summary>
        public static DateTime? Day(string? value, int line, string field)
        {
            if (string.IsNullOrWhiteSpace(value)) return null;
            if (DateTimeOffset.TryParse(value, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out DateTimeOffset date)) return date.UtcDateTime.Date;
            throw new OwnerExportException(line, $"'{field}' is not an ISO 8601 date");
        }
    }
}
