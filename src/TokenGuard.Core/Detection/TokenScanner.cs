using System;
using System.Collections.Generic;
using System.Linq;
using System.Runtime.CompilerServices;
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
        private readonly TokenRule[] _rules;
        private readonly KeywordIndex _keywords;
        private readonly Dictionary<TokenRule, int> _order = new Dictionary<TokenRule, int>();

        public TokenScanner(IReadOnlyList<TokenRule> rules)
        {
            _rules = new TokenRule[rules.Count];
            for (int i = 0; i < rules.Count; i++)
            {
                _rules[i] = rules[i];
                _order[rules[i]] = i;
            }
            _keywords = new KeywordIndex(_rules);
        }

        public static TokenScanner Default { get; } = new TokenScanner(KnownTokenRules.All);

        /// <summary>
        /// Whether any rule's keyword (and what the rule requires besides) occurs in that part of <paramref name="text"/>: without one, no piece of the text holds a
        /// known token, so hosts can skip it (the command line skips a C# file's syntax parse).
        /// </summary>
        [MethodImpl(HotPath.Optimized)]
        public bool MayContainToken(string text, int start, int length)
        {
            _keywords.Candidates(text, start, length, out RuleMask candidates);
            return MayContainToken(text, start, length, candidates);
        }

        /// <summary>
        /// One keyword pass over <paramref name="text"/>, for a host that asks whether it may hold a token and then for its
        /// findings: the answers of <see cref="MayContainToken(string, int, int)"/> and <see cref="Scan(string)"/>, the keywords looked for once.
        /// </summary>
        public KeywordPass FindKeywords(string text)
        {
            _keywords.Candidates(text, 0, text.Length, out RuleMask candidates);
            return new KeywordPass(this, text, candidates);
        }

        internal bool MayContainToken(string text, int start, int length, in RuleMask candidates)
        {
            if (candidates.IsEmpty) return false;
            for (int r = 0; r < _rules.Length; r++)
            {
                if (candidates.Contains(r) && (_rules[r].Requires is null || text.IndexOf(_rules[r].Requires, start, length, StringComparison.Ordinal) >= 0)) return true;
            }

            return false;
        }

        /// <summary>
        /// Whether some rule's keyword occurs in that part of <paramref name="text"/> (what the rule requires besides is
        /// not asked): a text in which no keyword occurs holds no known token.
        /// </summary>
        public bool HasKeyword(string text, int start, int length)
        {
            _keywords.Candidates(text, start, length, out RuleMask candidates);
            return !candidates.IsEmpty;
        }

        /// <summary>Every rule's keywords, each once.</summary>
        public IReadOnlyList<string> Keywords => _allKeywords ??= _rules.SelectMany(rule => rule.Keywords).Distinct(StringComparer.Ordinal).ToArray();

        private string[]? _allKeywords;

        /// <summary>Findings in <paramref name="text"/>, in order of position; allocates nothing when there are none.</summary>
        public IReadOnlyList<TokenFinding> Scan(string text)
        {
            if (string.IsNullOrEmpty(text)) return None;

            _keywords.Candidates(text, out RuleMask candidates);
            return Scan(text, candidates);
        }

        /// <summary><see cref="Scan(string)"/> with the rules whose keywords occur in <paramref name="text"/> already found.</summary>
        internal IReadOnlyList<TokenFinding> Scan(string text, in RuleMask candidates)
        {
            if (candidates.IsEmpty) return None;

            List<TokenFinding>? findings = null;
            for (int r = 0; r < _rules.Length; r++)
            {
                if (!candidates.Contains(r)) continue;
                TokenRule rule = _rules[r];
                if (rule.Requires != null && text.IndexOf(rule.Requires, StringComparison.Ordinal) < 0) continue;
                if (rule.MayMatch != null && !rule.MayMatch(text)) continue;
                try
                {
                    for (Match match = rule.FirstMatch(text, from: 0); match.Success; match = rule.NextMatch(text, match))
                    {
                        Group secret = match.Groups[TokenRule.SecretGroup];
                        Capture token = secret.Success ? secret : match;
                        if (!rule.IsValid(token.Value) || PlaceholderValues.IsPlaceholder(token.Value)) continue;
                        string fingerprint = Redaction.Fingerprint(token.Value);
                        if (DocumentedExamples.Contains(fingerprint)) continue;
                        findings ??= new List<TokenFinding>();
                        findings.Add(new TokenFinding(rule, token.Index, token.Length, Redaction.Redact(token.Value, rule.VisiblePrefixLength), fingerprint));
                    }
                }
                catch (RegexMatchTimeoutException)
                {
                    // Adversarial input: no finding from this rule rather than a failed build.
                }
            }

            if (findings is null) return None;
            findings.Sort(ByPositionThenConfidenceThenRuleOrder);
            return WithoutOverlaps(findings);
        }

        /// <summary>
        /// Whether the value starts with a format's own prefix (a keyword of four or more characters the format shows as
        /// its visible prefix: <c>xoxp-</c>, <c>dapi</c>, <c>ops_</c>). Asked when no rule accepted the value: it is then a
        /// malformed, truncated or placeholder token of that format (<c>xoxp-1234-…-####</c>), and the format's rule decides it.
        /// </summary>
        public bool StartsWithFormatPrefix(string value)
        {
            if (string.IsNullOrEmpty(value)) return false;
            foreach (TokenRule rule in _rules)
            {
                if (rule.VisiblePrefixLength < 4) continue;
                foreach (string keyword in rule.Keywords)
                {
                    if (keyword.Length >= 4 && value.StartsWith(keyword, StringComparison.Ordinal)) return true;
                }
            }

            return false;
        }

        /// <summary>
        /// Whether <paramref name="value"/> has the shape of a checksummed format (<see cref="TokenRule.HasChecksum"/>)
        /// that <see cref="Scan"/> rejected because the checksum fails: right prefix and length, wrong checksum.
        /// </summary>
        public bool IsNearMissOfChecksummedFormat(string value)
        {
            if (string.IsNullOrEmpty(value)) return false;
            _keywords.Candidates(value, out RuleMask candidates);
            if (candidates.IsEmpty) return false;
            for (int r = 0; r < _rules.Length; r++)
            {
                TokenRule rule = _rules[r];
                if (!rule.HasChecksum || !candidates.Contains(r)) continue;
                try
                {
                    for (Match match = rule.Pattern.Match(value); match.Success; match = match.NextMatch())
                    {
                        Group secret = match.Groups[TokenRule.SecretGroup];
                        if (!rule.IsValid(secret.Success ? secret.Value : match.Value)) return true;
                    }
                }
                catch (RegexMatchTimeoutException)
                {
                    // Adversarial input: not recognised as a near miss.
                }
            }

            return false;
        }

        /// <summary>
        /// What the redaction gate replaces: <see cref="Scan"/>'s findings plus tokens glued to the text before them
        /// (an escape sequence, a word), which a rule's own boundary rightly does not report as a hard-coded token
        /// but which must never be printed whole either.
        /// </summary>
        public IReadOnlyList<TokenFinding> ScanForRedaction(string text)
        {
            IReadOnlyList<TokenFinding> findings = Scan(text);
            List<int>? glued = _keywords.GluedKeywordStarts(text);
            if (glued is null) return findings;

            var all = new List<TokenFinding>(findings);
            int coveredUntil = 0;
            foreach (int start in glued)
            {
                if (start < coveredUntil || findings.Any(f => start >= f.Start && start < f.Start + f.Length)) continue;
                string rest = text.Substring(start, Math.Min(text.Length - start, MaxGluedTokenLength));
                foreach (TokenFinding finding in Scan(rest))
                {
                    if (finding.Start != 0) continue;
                    all.Add(new TokenFinding(finding.Rule, start, finding.Length, finding.Redacted, finding.Fingerprint));
                    coveredUntil = start + finding.Length;
                }
            }

            all.Sort((a, b) => a.Start.CompareTo(b.Start));
            return WithoutOverlaps(all);
        }

        /// <summary>Longer than any token the rules know (PEM private keys included).</summary>
        private const int MaxGluedTokenLength = 8192;

        // Ties (an identifiable Azure key after AccountKey=, matched by both rules) go to the rule listed
        // first, the more specific one, so the result does not depend on the sort's instability.
        private int ByPositionThenConfidenceThenRuleOrder(TokenFinding a, TokenFinding b)
        {
            if (a.Start != b.Start) return a.Start.CompareTo(b.Start);
            if (a.Rule.Confidence != b.Rule.Confidence) return a.Rule.Confidence.CompareTo(b.Rule.Confidence);
            return _order[a.Rule].CompareTo(_order[b.Rule]);
        }

        // One secret, one finding: where rules overlap (a GitHub token inside a URL's password), the
        // earlier, more confident match wins.
        private static List<TokenFinding> WithoutOverlaps(List<TokenFinding> sorted)
        {
            var kept = new List<TokenFinding>(sorted.Count);
            foreach (TokenFinding finding in sorted)
            {
                TokenFinding? last = kept.Count == 0 ? null : kept[kept.Count - 1];
                if (last != null && finding.Start < last.Start + last.Length)
                {
                    if (finding.Rule.Confidence < last.Rule.Confidence) kept[kept.Count - 1] = finding;
                    continue;
                }

                kept.Add(finding);
            }

            return kept;
        }
    }
}
