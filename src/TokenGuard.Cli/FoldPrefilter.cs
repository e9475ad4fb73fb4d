using System;
using System.Collections.Generic;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using TokenGuard.Detection;

namespace TokenGuard.Cli
{
    /// <summary>
    /// Whether a C# file's constant folds (<see cref="SameFileConstants"/>: an addition or an interpolated string whose
    /// pieces are all constant) may assemble a known token that no single literal holds, read from the prefilter's tokens.
    /// <para>
    /// What a fold's value can be made of: the values of the literals it adds (each an operand of a <c>+</c>, maybe in
    /// parentheses), of the literals that initialise a <c>const</c> (a constant's value is its initializer's), the text
    /// and holes of interpolated strings, and the names <c>nameof</c> gives. These are the <em>atoms</em>; no other
    /// literal or text of the file ends up in a folded value. An interpolated string with a hole that cannot fold (a bare
    /// name that is no constant of the file, a call, an operator, a format clause: anything but names, dots, parentheses
    /// and <c>+</c>, with no literal and no <c>nameof</c> in it) has no value, so it adds no atom.
    /// </para>
    /// <para>
    /// A known token needs one of its rule's keywords in the value (<see cref="TokenScanner.Scan"/> runs only rules with
    /// one). A keyword in a folded value lies in one atom, or begins in one atom's end and finishes in another's start:
    /// so a file passes when some atom holds a keyword, or some atom ends with a proper prefix of a keyword and some atom
    /// starts with a proper suffix of that same keyword. Interpolated strings are read as written (as the rest of the
    /// prefilter reads them): the whole token, and its pieces split at braces, quotes and the characters code is made of.
    /// </para>
    /// </summary>
    internal static class FoldPrefilter
    {
        // An array, not the list interface: asked per atom's end, where an interface call costs a dispatch stub each time.
        private static readonly string[] Keywords = new List<string>(TokenScanner.Default.Keywords).ToArray();

        // By a character: the (keyword, length) of each proper prefix of a keyword ending in it, and the (keyword, start) of each proper suffix starting with it.
        private static readonly Dictionary<char, (int Keyword, int Length)[]> PrefixesEndingWith = Index(suffixes: false);
        private static readonly Dictionary<char, (int Keyword, int Start)[]> SuffixesStartingWith = Index(suffixes: true);

        [ThreadStatic]
        private static bool[]? _ends, _starts;

        [ThreadStatic]
        private static HashSet<string>? _constants, _folded;

        private static Dictionary<char, (int, int)[]> Index(bool suffixes)
        {
            var lists = new Dictionary<char, List<(int, int)>>();
            for (int k = 0; k < Keywords.Length; k++)
            {
                string keyword = Keywords[k];
                for (int split = 1; split < keyword.Length; split++)
                {
                    char c = suffixes ? keyword[split] : keyword[split - 1];
                    if (!lists.TryGetValue(c, out List<(int, int)>? list)) lists[c] = list = new List<(int, int)>();
                    list.Add((k, split));
                }
            }

            var index = new Dictionary<char, (int, int)[]>();
            foreach (KeyValuePair<char, List<(int, int)>> pair in lists) index[pair.Key] = pair.Value.ToArray();
            return index;
        }

        /// <summary>True when some constant fold of the file may hold a keyword (see the class); false proves none does.</summary>
        // A loop over every C# file: compiled optimized at once. Tiering would run it as slow tier-0 code while Roslyn's JIT keeps the
        // call counting waiting (for much of a scan on a busy machine), and TieredCompilation settings for the whole process cost more than they win.
        [MethodImpl(MethodImplOptions.AggressiveOptimization)]
        public static bool MayHoldKeyword(List<LexToken> tokens)
        {
            bool[] ends = _ends ??= new bool[Keywords.Length];
            bool[] starts = _starts ??= new bool[Keywords.Length];
            Array.Clear(ends);
            Array.Clear(starts);
            // The list's tokens as a span: read without a call to the list's indexer (which precompiled code cannot inline).
            ReadOnlySpan<LexToken> all = CollectionsMarshal.AsSpan(tokens);
            HashSet<string> constants = ConstantNames(all, _constants ??= new HashSet<string>(StringComparer.Ordinal));
            var state = new Atoms(ends, starts);
            bool inConst = false;
            string? declared = null; // the const whose initializer is being read
            HashSet<string>? folded = null;
            for (int i = 0; i < all.Length; i++)
            {
                ref readonly LexToken token = ref all[i];
                switch (token.Kind)
                {
                    case LexKind.Identifier when token.Value.SequenceEqual("const".AsSpan()):
                        inConst = true;
                        break;
                    case LexKind.Semicolon:
                        inConst = false;
                        declared = null;
                        break;
                    case LexKind.Identifier when inConst && i + 1 < all.Length && all[i + 1].Kind == LexKind.Equals:
                        declared = token.Value.TrimStart('@').ToString();
                        break;
                    case LexKind.StringLiteral when inConst && !PlusBefore(all, i) && !PlusAfter(all, i) && declared != null
                        && !(folded ??= ConstantsInFolds(all, constants, _folded ??= new HashSet<string>(StringComparer.Ordinal))).Contains(declared):
                        // A const's whole value, and no fold reads that const: the literal is in no folded value.
                        break;
                    case LexKind.StringLiteral:
                        if (IsOperand(all, i, inConst, constants) && state.Add(token.Source, token.Start, token.Length, joinsAtStart: inConst || PlusBefore(all, i), joinsAtEnd: inConst || PlusAfter(all, i))) return true;
                        break;
                    case LexKind.InterpolatedString:
                        if ((IsOperand(all, i, inConst, constants) || token.Value.IndexOf('{') >= 0) && MayFold(token, constants) && AddInterpolated(state, token)) return true;
                        break;
                    case LexKind.Identifier when token.Value.SequenceEqual("nameof".AsSpan()) && i + 1 < all.Length && all[i + 1].Kind == LexKind.OpenParen:
                        // Every name up to the closing parenthesis: nameof(A.B) gives B, nameof(List<int>) gives List.
                        for (int j = i + 2; j < all.Length && all[j].Kind != LexKind.CloseParen; j++)
                        {
                            if (all[j].Kind == LexKind.Identifier && state.Add(all[j].Source, all[j].Start, all[j].Length)) return true;
                        }

                        break;
                }
            }

            for (int k = 0; k < ends.Length; k++)
            {
                if (ends[k] && starts[k]) return true;
            }

            return false;
        }

        /// <summary>
        /// The consts of the file whose value a fold may read (<see cref="SameFileConstants"/> looks them up by their last
        /// name): named in another const's initializer, beside a '+' (<see cref="BesidePlus"/>), or anywhere in an
        /// interpolated string's text (a verbatim name <c>@Name</c> is Name). A const named nowhere else is only
        /// ever its own value, which a literal alone already holds.
        /// </summary>
        private static HashSet<string> ConstantsInFolds(ReadOnlySpan<LexToken> tokens, HashSet<string> constants, HashSet<string> folded)
        {
            folded.Clear();
            bool inConst = false;
            for (int i = 0; i < tokens.Length; i++)
            {
                LexToken token = tokens[i];
                if (token.Kind == LexKind.Identifier && token.Value.SequenceEqual("const".AsSpan())) inConst = true;
                else if (token.Kind == LexKind.Semicolon) inConst = false;
                else if (token.Kind == LexKind.InterpolatedString) AddNamesIn(token.Value, constants, folded);
                else if (token.Kind == LexKind.Identifier && (inConst && !(i + 1 < tokens.Length && tokens[i + 1].Kind == LexKind.Equals) || BesidePlus(tokens, i)))
                {
                    string name = token.Value.TrimStart('@').ToString();
                    if (constants.Contains(name) || constants.Contains("@" + name)) folded.Add(name);
                }
            }

            return folded;
        }

        /// <summary>
        /// A '+' after the name (past closing parentheses), or before the expression it ends: a member access folds to its
        /// last name's const whatever is left of the dot (<c>global::N.C.Name</c>, <c>G&lt;int, T&gt;.Name</c>, <c>f(a).Name</c>),
        /// so the tokens before it are read back to a '+' outside parentheses (true), or to what ends an operand: ';', '=',
        /// '=&gt;', or the opening parenthesis of a call or argument list (false). Grouping parentheses are read past.
        /// </summary>
        private static bool BesidePlus(ReadOnlySpan<LexToken> tokens, int index)
        {
            if (PlusAfter(tokens, index)) return true;
            int depth = 0;
            for (int j = index - 1, steps = 0; j >= 0; j--, steps++)
            {
                if (steps == 64) return true; // too far to tell: it may be
                switch (tokens[j].Kind)
                {
                    case LexKind.CloseParen:
                        depth++;
                        break;
                    case LexKind.OpenParen when depth > 0:
                        depth--;
                        break;
                    case LexKind.OpenParen:
                        if (j > 0 && tokens[j - 1].Kind == LexKind.Plus) return true;
                        if (j > 0 && tokens[j - 1].Kind == LexKind.OpenParen) break; // (( … a grouping in a grouping
                        return false;
                    case LexKind.Plus when depth == 0:
                        return true;
                    case LexKind.Semicolon:
                    case LexKind.Equals when depth == 0:
                    case LexKind.EqualsGreaterThan when depth == 0:
                        return false;
                }
            }

            return false;
        }

        // Every name-like word of an interpolated string as written (holes, text and all).
        private static void AddNamesIn(ReadOnlySpan<char> text, HashSet<string> constants, HashSet<string> folded)
        {
            int start = -1;
            for (int i = 0; i <= text.Length; i++)
            {
                bool name = i < text.Length && (char.IsLetterOrDigit(text[i]) || text[i] == '_');
                if (name && start < 0) start = i;
                if (name || start < 0) continue;
                string word = text.Slice(start, i - start).ToString();
                if (constants.Contains(word) || constants.Contains("@" + word)) folded.Add(word);
                start = -1;
            }
        }

        // The names a const declaration gives (const string A = …, B = …;): a name just before an '=' between 'const' and ';'.
        private static HashSet<string> ConstantNames(ReadOnlySpan<LexToken> tokens, HashSet<string> names)
        {
            names.Clear();
            bool inConst = false;
            for (int i = 0; i < tokens.Length; i++)
            {
                LexToken token = tokens[i];
                if (token.Kind == LexKind.Identifier && token.Value.SequenceEqual("const".AsSpan())) inConst = true;
                else if (token.Kind == LexKind.Semicolon) inConst = false;
                else if (inConst && token.Kind == LexKind.Identifier && i + 1 < tokens.Length && tokens[i + 1].Kind == LexKind.Equals) names.Add(token.Value.ToString());
            }

            return names;
        }

        /// <summary>
        /// A literal added with '+' (either side, maybe in parentheses), or a const's initializer; not one added right
        /// beside a name that is no const of the file (<c>"Hello " + name;</c>, <c>user.Name + "…"</c>): that addition has
        /// no value, nor has any fold it is part of.
        /// </summary>
        private static bool IsOperand(ReadOnlySpan<LexToken> tokens, int index, bool inConst, HashSet<string> constants)
        {
            if (AddedToVariable(tokens, index, constants)) return false;
            int before = index - 1;
            while (before >= 0 && tokens[before].Kind == LexKind.OpenParen) before--;
            if (before >= 0 && (tokens[before].Kind == LexKind.Plus || inConst && tokens[before].Kind == LexKind.Equals)) return true;
            return PlusAfter(tokens, index);
        }

        /// <summary>
        /// A '+' just before the literal (past opening parentheses): another piece may end where its value starts. Without
        /// one (and outside a const, whose value may be added anywhere) the literal starts every fold it is in, so no keyword
        /// can finish in it; <c>"x" + ("y" + "z")</c> reads '+' before "y".
        /// </summary>
        private static bool PlusBefore(ReadOnlySpan<LexToken> tokens, int index)
        {
            int before = index - 1;
            while (before >= 0 && tokens[before].Kind == LexKind.OpenParen) before--;
            return before >= 0 && tokens[before].Kind == LexKind.Plus;
        }

        /// <summary>A '+' just after the literal (past closing parentheses): another piece may start where its value ends.</summary>
        private static bool PlusAfter(ReadOnlySpan<LexToken> tokens, int index)
        {
            int after = index + 1;
            while (after < tokens.Length && tokens[after].Kind == LexKind.CloseParen) after++;
            return after < tokens.Length && tokens[after].Kind == LexKind.Plus;
        }

        // name + "…" (the left operand ends with that name: the name alone, a member access, a tighter operator's operand) or
        // "…" + name followed by what ends an operand (the right operand is that name alone), the name no const of the file.
        private static bool AddedToVariable(ReadOnlySpan<LexToken> tokens, int index, HashSet<string> constants)
        {
            if (index >= 2 && tokens[index - 1].Kind == LexKind.Plus && IsVariable(tokens[index - 2], constants)) return true;
            if (index + 3 >= tokens.Length || tokens[index + 1].Kind != LexKind.Plus || !IsVariable(tokens[index + 2], constants)) return false;
            LexKind next = tokens[index + 3].Kind;
            return next == LexKind.Plus || next == LexKind.Semicolon || next == LexKind.CloseParen || next == LexKind.Comma || next == LexKind.CloseBracket || next == LexKind.Colon;
        }

        private static bool IsVariable(LexToken token, HashSet<string> constants) =>
            token.Kind == LexKind.Identifier && !token.Value.SequenceEqual("nameof".AsSpan()) && !constants.Contains(token.Value.ToString());

        /// <summary>
        /// False only when some hole of the interpolated string cannot fold, read from its text: a hole with no quote, brace,
        /// parenthesis, '+' or nameof in it that is a name (maybe after a dot: what <see cref="SameFileConstants"/> looks up)
        /// no const of the file declares, or that is not a name at all (an operator, an index, a format or alignment clause, a
        /// number). Raw and $$ strings, and a hole with a quote or brace (after which this reading is unsure of the rest), may fold.
        /// </summary>
        internal static bool MayFold(LexToken token, HashSet<string> constants)
        {
            ReadOnlySpan<char> text = token.Value;
            int quote = text.IndexOf('"');
            if (quote < 0 || text.Slice(0, quote).IndexOf("$$".AsSpan()) >= 0 || text.IndexOf("\"\"\"".AsSpan()) >= 0) return true;
            bool verbatim = text.Slice(0, quote).IndexOf('@') >= 0;
            int i = quote + 1;
            while (i < text.Length)
            {
                char c = text[i];
                if (c == '{' && i + 1 < text.Length && text[i + 1] == '{') { i += 2; continue; }
                if (!verbatim && c == '\\') { i += 2; continue; }
                if (c != '{') { i++; continue; }

                int close = text.Slice(i + 1).IndexOf('}');
                if (close < 0) return true;
                ReadOnlySpan<char> hole = text.Slice(i + 1, close);
                if (hole.IndexOfAny('"', '\'', '{') >= 0) return true;
                if (!HoleMayFold(hole, constants)) return false;
                i += close + 2;
            }

            return true;
        }

        /// <summary>
        /// What a hole that folds ends with: a name (alone, after a dot or after a '+': the constant of that name), or a
        /// parenthesis (a parenthesized constant, nameof(…)); a literal was let through before. Every other ending (a
        /// call, an index, a format or alignment clause, a number, an operator's other operand) makes the hole no constant.
        /// </summary>
        private static bool HoleMayFold(ReadOnlySpan<char> hole, HashSet<string> constants)
        {
            if (hole.IndexOf("nameof".AsSpan()) >= 0 || hole.IndexOf('\\') >= 0) return true;
            ReadOnlySpan<char> trimmed = hole.Trim();
            if (trimmed.Length == 0) return true;
            if (trimmed[trimmed.Length - 1] == ')')
            {
                // A call (a name just before its opening parenthesis) is no constant; parentheses may hold one.
                int depth = 0, open = trimmed.Length - 1;
                for (; open >= 0; open--)
                {
                    if (trimmed[open] == ')') depth++;
                    else if (trimmed[open] == '(' && --depth == 0) break;
                }

                ReadOnlySpan<char> callee = open > 0 ? trimmed.Slice(0, open).TrimEnd() : default;
                return !(callee.Length > 0 && IsNameChar(callee[callee.Length - 1]));
            }

            int name = trimmed.Length;
            while (name > 0 && IsNameChar(trimmed[name - 1])) name--;
            ReadOnlySpan<char> last = trimmed.Slice(name);
            ReadOnlySpan<char> before = trimmed.Slice(0, name).TrimEnd();
            if (last.Length == 0 || !(before.Length == 0 || before[before.Length - 1] == '.' || before[before.Length - 1] == '+')) return false;
            if (last[0] == '@') last = last.Slice(1);
            return last.Length > 0 && !char.IsDigit(last[0]) && constants.Contains(last.ToString());
        }

        private static bool IsNameChar(char c) => char.IsLetterOrDigit(c) || c == '_' || c == '@';

        // The interpolated string as written, and its pieces split three ways (braces; and quotes; and code's characters).
        private static bool AddInterpolated(Atoms state, LexToken token)
        {
            if (state.Add(token.Source, token.Start, token.Length)) return true;
            for (int way = 0; way < 3; way++)
            {
                int start = token.Start, end = token.Start + token.Length;
                for (int i = start; i <= end; i++)
                {
                    if (i < end && !IsSplit(token.Source[i], way)) continue;
                    if (i > start && state.Add(token.Source, start, i - start)) return true;
                    start = i + 1;
                }
            }

            return false;
        }

        private static bool IsSplit(char c, int way) =>
            c == '{' || c == '}'
            || way >= 1 && c == '"'
            || way >= 2 && (c == '(' || c == ')' || c == '.' || c == '+' || c == ',' || c == ':' || c == '$' || c == '@' || char.IsWhiteSpace(c));

        private readonly struct Atoms
        {
            private readonly bool[] _ends, _starts;

            public Atoms(bool[] ends, bool[] starts)
            {
                _ends = ends;
                _starts = starts;
            }

            /// <summary>
            /// True when the atom holds a keyword; else notes which keywords it may begin (when another piece may follow
            /// it: <paramref name="joinsAtEnd"/>) or finish (when one may precede it: <paramref name="joinsAtStart"/>).
            /// </summary>
            public bool Add(string source, int start, int length, bool joinsAtStart = true, bool joinsAtEnd = true)
            {
                if (length <= 0) return false;
                if (TokenScanner.Default.HasKeyword(source, start, length)) return true;
                if (joinsAtEnd && PrefixesEndingWith.TryGetValue(source[start + length - 1], out (int Keyword, int Length)[]? prefixes))
                {
                    foreach ((int keyword, int prefix) in prefixes)
                    {
                        if (!_ends[keyword] && prefix <= length && string.CompareOrdinal(source, start + length - prefix, Keywords[keyword], 0, prefix) == 0) _ends[keyword] = true;
                    }
                }

                if (joinsAtStart && SuffixesStartingWith.TryGetValue(source[start], out (int Keyword, int Start)[]? suffixes))
                {
                    foreach ((int keyword, int from) in suffixes)
                    {
                        int suffix = Keywords[keyword].Length - from;
                        if (!_starts[keyword] && suffix <= length && string.CompareOrdinal(source, start, Keywords[keyword], from, suffix) == 0) _starts[keyword] = true;
                    }
                }

                return false;
            }
        }
    }
}
