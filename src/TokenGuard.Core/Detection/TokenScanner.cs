using System;
using System.Collections.Generic;
using System.Text.RegularExpressions;

namespace TokenGuard.Detection
{
    /// <summary>
    /// Scans text once for every known token format. Shared by the analyzers, the MSBuild task and the
    /// command line, so all three report exactly the same findings.
    /// </summary>
    public sealed class TokenScanner
    {
        private static readonly TokenFinding[] None = Array.Empty<TokenFinding>();
        private readonly IReadOnlyList<TokenRule> _rules;

        public TokenScanner(IReadOnlyList<TokenRule> rules) => _rules = rules;

        public static TokenScanner Default { get; } = new TokenScanner(KnownTokenRules.All);

        /// <summary>Findings in <paramref name="text"/>, in order of position; allocates nothing when there are none.</summary>
        public IReadOnlyList<TokenFinding> Scan(string text)
        {
            if (string.IsNullOrEmpty(text)) return None;

            List<TokenFinding>? findings = null;
            foreach (TokenRule rule in _rules)
            {
                if (!ContainsAnyKeyword(text, rule.Keywords)) continue;
                foreach (Match match in SafeMatches(rule.Pattern, text))
                {
                    if (!rule.IsValid(match.Value)) continue;
                    findings ??= new List<TokenFinding>();
                    findings.Add(new TokenFinding(
                        rule,
                        match.Index,
                        match.Length,
                        Redaction.Redact(match.Value, rule.VisiblePrefixLength),
                        Redaction.Fingerprint(match.Value)));
                }
            }

            if (findings is null) return None;
            findings.Sort((a, b) => a.Start.CompareTo(b.Start));
            return findings;
        }

        private static bool ContainsAnyKeyword(string text, string[] keywords)
        {
            foreach (string keyword in keywords)
            {
                if (text.IndexOf(keyword, StringComparison.Ordinal) >= 0) return true;
            }

            return false;
        }

        // A regex that times out on adversarial input yields no finding rather than failing the build.
        private static IEnumerable<Match> SafeMatches(Regex pattern, string text)
        {
            Match match;
            try
            {
                match = pattern.Match(text);
            }
            catch (RegexMatchTimeoutException)
            {
                yield break;
            }

            while (match.Success)
            {
                yield return match;
                try
                {
                    match = match.NextMatch();
                }
                catch (RegexMatchTimeoutException)
                {
                    yield break;
                }
            }
        }
    }
}
