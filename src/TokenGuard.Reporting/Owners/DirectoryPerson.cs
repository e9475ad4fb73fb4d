using System;
using System.Collections.Generic;

namespace TokenGuard.Manifest
{
    /// <summary>One person in one export, before mapping to a principal and merging with the other exports.</summary>
    internal sealed class DirectoryPerson
    {
        public DirectoryPerson(int line, IReadOnlyList<string> identities, string? defaultPrincipal, OwnerStanding standing, string status, DateTime? leftOn = null)
        {
            Line = line;
            Identities = identities;
            DefaultPrincipal = defaultPrincipal;
            Standing = standing;
            Status = status;
            LeftOn = leftOn;
        }

        /// <summary>Where the record starts in its export.</summary>
        public int Line { get; }

        /// <summary>Every name the owner map may use for the person: addresses, logins, directory ids.</summary>
        public IReadOnlyList<string> Identities { get; }

        /// <summary><c>user:&lt;local part&gt;</c> or <c>user:&lt;login&gt;</c> when the owner map says nothing; null when the record has no usable name.</summary>
        public string? DefaultPrincipal { get; }

        public OwnerStanding Standing { get; }

        public string Status { get; }

        public DateTime? LeftOn { get; }
    }
}
