using System;
using System.Linq;
using System.Text.RegularExpressions;
using System.Threading;

namespace TokenGuard.Detection
{
    /// <summary>
    /// One known token format. A rule only runs its regex on text that contains one of its
    /// <see cref="Keywords"/>, so most literals never reach a regex at all.
    /// </summary>
    public sealed class TokenRule
    {
        /// <summary>Regexes never hang a build on pathological input.</summary>
        internal static readonly TimeSpan MatchTimeout = TimeSpan.FromMilliseconds(250);

        private readonly string _pattern;
        private Regex? _regex;
        private Regex? _anchoredRegex;

        public TokenRule(
            string id,
            string provider,
            string description,
            TokenConfidence confidence,
            string[] keywords,
            string pattern,
            int visiblePrefixLength,
            Func<string, bool>? isValid = null,
            string? requires = null,
            bool identifiesOnly = false,
            bool hasChecksum = false,
            Func<string, bool>? mayMatch = null,
            (int Least, int Most)? startsBeforeKeyword = null)
        {
            Id = id;
            Provider = provider;
            Description = description;
            Confidence = confidence;
            Keywords = keywords;
            VisiblePrefixLength = visiblePrefixLength;
            _pattern = pattern;
            IsValid = isValid ?? (_ => true);
            Requires = requires;
            IdentifiesOnly = identifiesOnly;
            HasChecksum = hasChecksum;
            MayMatch = mayMatch;
            StartsBeforeKeyword = startsBeforeKeyword;
            _keywordFirstChars = keywords.Select(keyword => keyword[0]).Distinct().ToArray();
        }

        private readonly char[] _keywordFirstChars;

        /// <summary>
        /// Every match starts between <c>Least</c> and <c>Most</c> characters before an occurrence of one of the rule's keywords
        /// (null: not known). Such a rule tries its pattern at those positions only (<see cref="FirstMatch"/>), not at every
        /// position where the regex engine sees a possible start (every letter, for <c>[A-Za-z]…://</c>).
        /// </summary>
        public (int Least, int Most)? StartsBeforeKeyword { get; }

        /// <summary>
        /// A cheap test every text the pattern matches passes (null: none), run before a pattern whose start the regex
        /// engine cannot find quickly: failing it, the text holds no match, so skipping the regex loses nothing.
        /// </summary>
        public Func<string, bool>? MayMatch { get; }

        /// <summary>
        /// <see cref="IsValid"/> verifies a checksum the format carries (GitHub's CRC-32, Microsoft identifiable keys'
        /// Marvin32): a value of the format's shape whose checksum fails is a typo or a made-up sample, not a secret,
        /// so the generic rule does not report it either (<see cref="KnownNonSecrets"/>).
        /// </summary>
        public bool HasChecksum { get; }

        /// <summary>
        /// The value names a credential but cannot authenticate alone (an AWS access key id): hard-coded it is
        /// still reported, and redacted in every output, but a manifest may hold it as <c>provider.ref</c>.
        /// </summary>
        public bool IdentifiesOnly { get; }

        /// <summary>Name of the group holding the token when the pattern also matches its context (<c>AccountKey=</c>).</summary>
        public const string SecretGroup = "secret";

        /// <summary>Text that must also occur before the pattern is worth running (e.g. '@' for URL credentials).</summary>
        public string? Requires { get; }

        /// <summary>Stable kebab-case id, e.g. <c>github-pat-classic</c>.</summary>
        public string Id { get; }

        public string Provider { get; }

        public string Description { get; }

        public TokenConfidence Confidence { get; }

        /// <summary>Case-sensitive substrings, one of which every match contains (the prefilter).</summary>
        public string[] Keywords { get; }

        /// <summary>The pattern; the token is the <see cref="SecretGroup"/> group when there is one, else the whole match.</summary>
        /// <remarks>
        /// Built at its first use, not with the rule: most rules' keywords never occur in a build's literals, and building
        /// every rule's regex up front cost a compiler process about 50 ms before TokenGuard looked at any file.
        /// </remarks>
        public Regex Pattern => Volatile.Read(ref _regex) ?? BuildPattern();

        /// <summary>How many leading characters are a public, format-identifying prefix safe to display.</summary>
        public int VisiblePrefixLength { get; }

        /// <summary>Second-stage check on a match (checksum, documented example values).</summary>
        public Func<string, bool> IsValid { get; }

        /// <summary>
        /// The leftmost match starting at <paramref name="from"/> or after, the one <c>Pattern.Match(text, from)</c> finds
        /// (<see cref="Match.Empty"/> when none): with <see cref="StartsBeforeKeyword"/>, the pattern anchored at each position
        /// the keyword allows, in order, so the first that matches is the leftmost match.
        /// </summary>
        public Match FirstMatch(string text, int from)
        {
            if (!(StartsBeforeKeyword is (int least, int most))) return Pattern.Match(text, from);
            if (from + least > text.Length) return Match.Empty;
            Regex anchored = Volatile.Read(ref _anchoredRegex) ?? BuildAnchoredPattern();
            int start = from;
            for (int at = NextKeyword(text, from + least); at >= 0; at = NextKeyword(text, at + 1))
            {
                // Windows of successive occurrences overlap: each position is tried once, in increasing order.
                for (start = Math.Max(start, at - most); start <= at - least; start++)
                {
                    Match match = anchored.Match(text, start);
                    if (match.Success) return match;
                }
            }

            return Match.Empty;
        }

        /// <summary>Where the first occurrence of a keyword at <paramref name="from"/> or after starts; -1 if none.</summary>
        private int NextKeyword(string text, int from)
        {
            if (Keywords.Length == 1) return text.IndexOf(Keywords[0], from, StringComparison.Ordinal);
            for (int at = text.IndexOfAny(_keywordFirstChars, from); at >= 0; at = text.IndexOfAny(_keywordFirstChars, at + 1))
            {
                foreach (string keyword in Keywords)
                {
                    if (string.CompareOrdinal(text, at, keyword, 0, keyword.Length) == 0) return at;
                }
            }

            return -1;
        }

        /// <summary>The match after <paramref name="previous"/>, as <see cref="Match.NextMatch"/> finds it.</summary>
        public Match NextMatch(string text, Match previous) =>
            StartsBeforeKeyword is null ? previous.NextMatch() : FirstMatch(text, previous.Index + Math.Max(previous.Length, 1));

        // Two threads may both build it; they build the same regex and one is kept.
        private Regex BuildPattern()
        {
            var built = new Regex(_pattern, RegexOptions.CultureInvariant | RegexOptions.ExplicitCapture, MatchTimeout);
            return Interlocked.CompareExchange(ref _regex, built, null) ?? built;
        }

        // \G: Match(text, start) tries that one position; lookbehinds still see the text before it.
        private Regex BuildAnchoredPattern()
        {
            var built = new Regex(@"\G(?:" + _pattern + ")", RegexOptions.CultureInvariant | RegexOptions.ExplicitCapture, MatchTimeout);
            return Interlocked.CompareExchange(ref _anchoredRegex, built, null) ?? built;
        }
    }
}
