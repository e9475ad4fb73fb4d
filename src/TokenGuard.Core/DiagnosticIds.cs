namespace TokenGuard
{
    /// <summary>Every diagnostic id TokenGuard reports. Ids are a public contract: never reuse or renumber.</summary>
    public static class DiagnosticIds
    {
        public const string HardCodedKnownToken = "TG0001";
        public const string HardCodedLikelySecret = "TG0002";
        public const string UnregisteredUsage = "TG0003";
        public const string AppSettingsTokenValue = "TG0004";
        public const string AppSettingsUnregisteredKey = "TG0005";
        public const string UnusedManifestEntry = "TG0006";
        public const string ManifestMissingOrUnreadable = "TG0007";
        public const string SettingsFileUnreadable = "TG0008";
        public const string UntraceableCredential = "TG0009";
        public const string TokenUsageLocated = "TG0010";

        public const string ManifestSyntaxError = "TG1001";
        public const string EntryExpired = "TG1002";
        public const string EntryExpiresSoon = "TG1003";
        public const string EntryOwnerInvalid = "TG1004";
        public const string RequiredFieldMissingOrInvalid = "TG1005";
        public const string DuplicateId = "TG1006";
        public const string UnknownField = "TG1007";
        public const string RotationOverdue = "TG1008";
        public const string LifetimeTooLong = "TG1009";
        public const string BroadScope = "TG1010";
        public const string TokenValueInManifest = "TG1011";

        /// <summary>Where each rule's page lives; analyzers set it as HelpLinkUri and the task as HelpLink.</summary>
        public static string HelpLink(string id) =>
            "https://github.com/tokenguard/tokenguard/blob/main/docs/rules/" + id + ".md";
    }
}
