using System;
using System.Collections.Generic;
using System.Runtime.CompilerServices;

namespace TokenGuard.Detection
{
    /// <summary>
    /// The scanner's prefilter: one pass over the text finds which rules' keywords occur, so only those
    /// rules run their regexes, and text that contains no keyword costs one loop and no allocation.
    /// Keywords (two ASCII characters or more) are grouped by their first two characters, so most positions of
    /// ordinary text look up an empty group and compare nothing; at most <see cref="RuleMask.Capacity"/> rules.
    /// </summary>
    internal sealed class KeywordIndex
    {
        public const int MaxRules = RuleMask.Capacity;

        private readonly (string Keyword, int Rule)[]?[] _byFirstTwoChars = new (string, int)[]?[128 * 128];

        // One bit a group, set when it has keywords: 2 KB, which stays in the first-level cache where the groups' 128 KB
        // of references does not, and nearly every position of a text ends at its bit.
        private readonly ulong[] _hasGroup = new ulong[128 * 128 / 64];

        public KeywordIndex(IReadOnlyList<TokenRule> rules)
        {
            if (rules.Count > MaxRules) throw new ArgumentException("the keyword index supports at most " + MaxRules + " rules", nameof(rules));
            var groups = new List<(string, int)>[128 * 128];
            for (int r = 0; r < rules.Count; r++)
            {
                foreach (string keyword in rules[r].Keywords)
                {
                    if (keyword.Length < 2 || keyword[0] >= 128 || keyword[1] >= 128)
                        throw new ArgumentException("keywords must start with two ASCII characters: " + keyword, nameof(rules));
                    (groups[Group(keyword[0], keyword[1])] ??= new List<(string, int)>()).Add((keyword, r));
                }
            }

            for (int g = 0; g < groups.Length; g++)
            {
                _byFirstTwoChars[g] = groups[g]?.ToArray();
                if (groups[g] != null) _hasGroup[g >> 6] |= 1UL << (g & 63);
            }
        }

        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        private static int Group(char first, char second) => (first << 7) | second;

        /// <summary>The keywords that may start at <paramref name="i"/>: null for most positions.</summary>
        [MethodImpl(MethodImplOptions.AggressiveInlining)] // into Candidates' optimized loop, not a tier-0 call at every position
        private (string Keyword, int Rule)[]? At(string text, int i)
        {
            if (i + 1 >= text.Length) return null;
            char first = text[i], second = text[i + 1];
            if ((first | second) >= 128) return null;
            int group = Group(first, second);
            return (_hasGroup[group >> 6] & (1UL << (group & 63))) == 0 ? null : _byFirstTwoChars[group];
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
                if (!char.IsLetterOrDigit(text[i - 1]) || !(At(text, i) is (string Keyword, int Rule)[] keywords)) continue;
                foreach ((string keyword, int _) in keywords)
                {
                    if (keyword.Length > text.Length - i || string.CompareOrdinal(text, i, keyword, 0, keyword.Length) != 0) continue;
                    (starts ??= new List<int>()).Add(i);
                    break;
                }
            }

            return starts;
        }

        /// <summary>Rules with a keyword in <paramref name="text"/>.</summary>
        public void Candidates(string text, out RuleMask candidates) => Candidates(text, 0, text.Length, out candidates);

        /// <summary>The same, for the part of <paramref name="text"/> from <paramref name="start"/>, <paramref name="length"/> characters long.</summary>
        [MethodImpl(HotPath.Optimized)]
        public void Candidates(string text, int start, int length, out RuleMask candidates)
        {
            candidates = default;
            int end = start + length;
            for (int i = start; i < end; i++)
            {
                if (!(At(text, i) is (string Keyword, int Rule)[] keywords)) continue;
                foreach ((string keyword, int rule) in keywords)
                {
                    if (keyword.Length <= end - i && RestMatches(text, i, keyword)) candidates.Add(rule);
                }
            }
        }

        // The keyword's characters after its first two (its group's), compared here in the optimized loop: string.CompareOrdinal
        // calls the runtime's vectorised comparison, which ran as tier-0 code for much of a scan while Roslyn's JIT kept tiering waiting.
        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        private static bool RestMatches(string text, int at, string keyword)
        {
            for (int k = 2; k < keyword.Length; k++)
            {
                if (text[at + k] != keyword[k]) return false;
            }

            return true;
        }
    }

    /// <summary>
    /// A set of rule indexes as four 64-bit masks: a value type, so finding a literal's candidate rules allocates
    /// nothing. Raise <see cref="Capacity"/> by adding fields.
    /// </summary>
    internal struct RuleMask
    {
        public const int Capacity = 256;

        private ulong _0, _1, _2, _3;

        public bool IsEmpty => (_0 | _1 | _2 | _3) == 0;

        public void Add(int rule)
        {
            ulong bit = 1UL << (rule & 63);
            switch (rule >> 6)
            {
                case 0: _0 |= bit; break;
                case 1: _1 |= bit; break;
                case 2: _2 |= bit; break;
                default: _3 |= bit; break;
            }
        }

        public readonly bool Contains(int rule)
        {
            ulong bit = 1UL << (rule & 63);
            switch (rule >> 6)
            {
                case 0: return (_0 & bit) != 0;
                case 1: return (_1 & bit) != 0;
                case 2: return (_2 & bit) != 0;
                default: return (_3 & bit) != 0;
            }
        }
    }
}
