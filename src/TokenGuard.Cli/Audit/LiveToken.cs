using System;
using System.Collections.Generic;

namespace TokenGuard.Cli.Audit
{
    /// <summary>A token as a provider reports it: what is live, whoever put it in the inventory or not.</summary>
    internal sealed class LiveToken
    {
        public LiveToken(string provider, string kind, string source)
        {
            Provider = provider;
            Kind = kind;
            Source = source;
        }

        /// <summary>github, aws, azure-devops or gitlab: the manifest's <c>provider.kind</c>.</summary>
        public string Provider { get; }

        /// <summary>What the provider calls it: fine-grained PAT, SSH key, access key…</summary>
        public string Kind { get; }

        /// <summary>The export record it was read from (file:line); the first one when several exports describe it.</summary>
        public string Source { get; }

        /// <summary>The provider's id (GitHub token_id / credential_id, AWS AccessKeyId, Azure DevOps authorizationId, GitLab id).</summary>
        public string? Ref { get; set; }

        /// <summary>The token's last eight characters, where the provider lists them (GitHub's <c>token_last_eight</c>): not a secret alone, enough to tell a found token.</summary>
        public string? LastEight { get; set; }

        /// <summary>Name, note or title at the provider; <c>tg:&lt;repo&gt;/&lt;id&gt;</c> ties it to a manifest entry.</summary>
        public Sourced<string>? Name { get; set; }

        /// <summary>The account that holds it at the provider.</summary>
        public Sourced<string>? Owner { get; set; }

        public Sourced<DateTimeOffset>? Created { get; set; }

        /// <summary>
        /// A date the token is known to have existed by, where the provider gives no creation date (GitHub's grant
        /// or SSO authorization): a token never used since then counts as unused.
        /// </summary>
        public Sourced<DateTimeOffset>? KnownSince { get; set; }

        public Sourced<DateTimeOffset>? Expires { get; set; }

        public Sourced<DateTimeOffset>? LastUsed { get; set; }

        /// <summary>False for revoked or deactivated tokens: they are listed but not counted as live.</summary>
        public bool Active { get; set; } = true;

        /// <summary>The provider itself says it has expired (GitHub token_expired, AWS status Expired).</summary>
        public bool ExpiredAtProvider { get; set; }

        /// <summary>Why a field cannot be known from this provider (e.g. Azure DevOps reports no last use).</summary>
        public List<string> Notes { get; } = new List<string>();

        public List<string> Scopes { get; } = new List<string>();

        /// <summary>How to name a token that has neither id nor name (an AWS credential report slot: user and key number).</summary>
        public string? Label { get; set; }

        /// <summary>How the report names it: the provider's id, else its name, else a label, else where it was read.</summary>
        public string Display => $"{Provider} {Kind} {Ref ?? Name?.Value ?? Label ?? Source}";
    }
}
