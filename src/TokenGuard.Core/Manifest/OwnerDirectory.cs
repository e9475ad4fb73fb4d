using System;
using System.Collections.Generic;

namespace TokenGuard.Manifest
{
    /// <summary>
    /// Who may own tokens: the active people, teams and services, as exported from the identity
    /// provider or HR system. An owner missing from it, or marked departed, fails the build (TG1004).
    /// </summary>
    public sealed class OwnerDirectory
    {
        private readonly Dictionary<string, string> _statusByPrincipal;

        public OwnerDirectory(string path, IDictionary<string, string> statusByPrincipal)
        {
            Path = path;
            _statusByPrincipal = new Dictionary<string, string>(statusByPrincipal, StringComparer.OrdinalIgnoreCase);
        }

        public string Path { get; }

        public int Count => _statusByPrincipal.Count;

        /// <summary>The principal's status as written (e.g. "departed"), or null when not listed.</summary>
        public string? StatusOf(string principal) =>
            _statusByPrincipal.TryGetValue(principal.Trim(), out string? status) ? status : null;

        public static bool IsActiveStatus(string status) =>
            status.Length == 0 || string.Equals(status, "active", StringComparison.OrdinalIgnoreCase);
    }
}
