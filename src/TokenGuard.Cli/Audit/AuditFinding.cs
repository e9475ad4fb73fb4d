namespace TokenGuard.Cli.Audit
{
    /// <summary>What the audit can say about a token or an inventory entry; the codes appear in JSON and HTML.</summary>
    internal static class AuditFinding
    {
        public const string NotInventoried = "not-inventoried";
        public const string Expired = "expired";
        public const string NeverExpires = "never-expires";
        public const string Unused = "unused-90-days";
        public const string DepartedOwner = "departed-owner";
        public const string UnknownOwner = "unknown-owner";
        public const string NoLiveToken = "no-live-token";
        public const string MissingMetadata = "missing-metadata";

        public static string Describe(string code) => code switch
        {
            NotInventoried => "live tokens missing from the inventory",
            Expired => "expired live tokens (revoke them)",
            NeverExpires => "live tokens that never expire",
            Unused => "tokens unused for 90+ days",
            DepartedOwner => "tokens whose owner is departed (or not yet active)",
            UnknownOwner => "tokens whose owner is unknown to the directories",
            NoLiveToken => "inventory entries with no live token",
            MissingMetadata => "inventory entries missing metadata",
            _ => code,
        };

        public static readonly string[] All = { NotInventoried, Expired, NeverExpires, Unused, DepartedOwner, UnknownOwner, NoLiveToken, MissingMetadata };
    }
}
