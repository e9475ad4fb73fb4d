namespace TokenGuard.Cli.History
{
    /// <summary>What a provider export says of a found token: live (active) or listed but revoked/inactive, and whose it is.</summary>
    internal sealed class LiveStatus
    {
        public LiveStatus(bool active, string provider, string kind, string? owner, string source)
        {
            Active = active;
            Provider = provider;
            Kind = kind;
            Owner = owner;
            Source = source;
        }

        public bool Active { get; }

        public string Provider { get; }

        public string Kind { get; }

        public string? Owner { get; }

        /// <summary>The export record it was matched in (file:line field).</summary>
        public string Source { get; }

        /// <summary>"live at the provider (github classic PAT, owner octocat; export.json:12 credential_id)".</summary>
        public string Describe() =>
            $"{(Active ? "live at the provider" : "listed at the provider as inactive or revoked")} ({Provider} {Kind}{(Owner is null ? "" : ", owner " + Owner)}; {Source})";
    }
}
