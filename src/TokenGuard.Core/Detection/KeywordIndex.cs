using System;
using System.Collections.Generic;

namespace TokenGuard.Detection
{
    /// <summary>
    /// The scanner's prefilter: one pass over the text finds which rules' keywords occur, so only those
    /// rules run their regexes, and text that contains no keyword costs one loop and no allocation.
    /// Keywords are grouped by their first character; at most 128 rules (two 64-bit masks).
    /// </summary>
    internal sealed class KeywordIndex
    {
        public const int MaxRules = 128;

        private readonly (string Keyword, int Rule)[]?[] _byFirstChar = new (string, int)[]?[128];

        public KeywordIndex(IReadOnlyList<TokenRule> rules)
        {
            if (rules.Count > MaxRules) throw new ArgumentException("the keyword index supports at most " + MaxRules + " rules", nameof(rules));
            var groups = new List<(string, int)>[128];
            for (int r = 0; r < rules.Count; r++)
            {
                foreach (string keyword in rules[r].Keywords)
                {
                    char first = keyword[0];
                    if (first >= 128) throw new ArgumentException("keywords must start with an ASCII character: " + keyword, nameof(rules));
                    (groups[first] ??= new List<(string, int)>()).Add((keyword, r));
                }
            }

            for (int c = 0; c < 128; c++) _byFirstChar[c] = groups[c]?.ToArray();
        }

        /// <summary>
        /// Offsets where a keyword starts right after a letter or digit (<c>…2Jghp_…</c>), where the rules' own
        /// boundaries do not let them match; the redaction gate looks there too.
        /// </summary>
        public List<int>? GluedKeywordStarts(string text)
        {
            List<int>? starts = null;
            for (int i = 1; i < text.Length; i++)
            {
                char c = text[i];
                if (c >= 128 || !char.IsLetterOrDigit(text[i - 1]) || !(_byFirstChar[c] is (string Keyword, int Rule)[] keywords)) continue;
                foreach ((string keyword, int _) in keywords)
                {
                    if (keyword.Length > text.Length - i || string.CompareOrdinal(text, i, keyword, 0, keyword.Length) != 0) continue;
                    (starts ??= new List<int>()).Add(i);
                    break;
                }
            }

            return starts;
        }

        /// <summary>Rules with a keyword in <paramref name="text"/>: bit r of (low, high) is rule r.</summary>
        public void Candidates(string text, out ulong low, out ulong high) => Candidates(text, 0, text.Length, out low, out high);

        /// <summary>The same, for the part of <paramref name="text"/> from <paramref name="start"/>, <paramref name="length"/> characters long.</summary>
        public void Candidates(string text, int start, int length, out ulong low, out ulong high)
        {
            low = 0;
            high = 0;
            int end = start + length;
            for (int i = start; i < end; i++)
            {
                char c = text[i];
                if (c >= 128 || !(_byFirstChar[c] is (string Keyword, int Rule)[] keywords)) continue;
                foreach ((string keyword, int rule) in keywords)
                {
                    if (keyword.Length > end - i || string.CompareOrdinal(text, i, keyword, 0, keyword.Length) != 0) continue;
                    if (rule < 64) low |= 1UL << rule;
                    else high |= 1UL << (rule - 64);
                }
            }
        }
    }
}
