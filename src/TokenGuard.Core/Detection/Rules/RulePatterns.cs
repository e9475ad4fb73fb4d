namespace TokenGuard.Detection.Rules
{
    /// <summary>Shared pieces of rule patterns.</summary>
    internal static class RulePatterns
    {
        /// <summary>Not preceded by another token character.</summary>
        public const string Start = @"(?<![A-Za-z0-9_])";

        /// <summary>Not followed by another token character.</summary>
        public const string End = @"(?![A-Za-z0-9_])";

        /// <summary>A rule whose keywords are its own literal prefixes (the common case).</summary>
        public static TokenRule Prefixed(string id, string provider, string description, TokenConfidence confidence, string[] prefixes, string pattern, System.Func<string, bool>? isValid = null) =>
            new TokenRule(id, provider, description, confidence, prefixes, pattern, MinLength(prefixes), isValid);

        private static int MinLength(string[] prefixes)
        {
            int min = int.MaxValue;
            foreach (string prefix in prefixes) min = System.Math.Min(min, prefix.Length);
            return min == int.MaxValue ? 0 : min;
        }
    }
}
