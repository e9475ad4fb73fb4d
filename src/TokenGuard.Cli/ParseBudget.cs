using System;
using System.Runtime.CompilerServices;

namespace TokenGuard.Cli
{
    /// <summary>
    /// Whether Roslyn's parser can read a C# file in time linear in its size. It cannot for runs of nested square
    /// brackets (each <c>[</c> is tried as an attribute list, an indexer and a collection expression): 20,000 deep
    /// takes minutes, and even 8 deep repeated over 1 MB takes seconds; nothing in real code nests like that.
    /// A file over budget is read with the text rules instead, so its known tokens are still found.
    /// </summary>
    internal static class ParseBudget
    {
        /// <summary>Deeper than any hand-written code nests (), [] and {} together.</summary>
        public const int MaxNesting = 256;

        // By character up to '}': whether it is one of ()[]{}, the only characters that change the counts.
        private static readonly bool[] IsBracket = Brackets("()[]{}");

        private static bool[] Brackets(string brackets)
        {
            var table = new bool['}' + 1];
            foreach (char c in brackets) table[c] = true;
            return table;
        }

        // A loop over every C# file: compiled optimized at once. Tiering would run it as slow tier-0 code while Roslyn's JIT keeps the
        // call counting waiting (for much of a scan on a busy machine), and TieredCompilation settings for the whole process cost more than they win.
        // A plain loop over the characters, not a vectorised IndexOfAny of the brackets: in C# a bracket comes every few
        // characters, so each search is short, and the runtime's vectorised search ran as tier-0 code for much of a scan.
        [MethodImpl(MethodImplOptions.AggressiveOptimization)]
        public static bool IsTractable(string text)
        {
            int nesting = 0, squareDepth = 0;
            long squareWork = 0;

            // The parser's extra work grows with the square-bracket depth at each '[': allow a fraction of the
            // file's length (real code has a few '[' per line, one or two deep).
            long allowedSquareWork = 4096 + text.Length / 8;
            foreach (char c in text)
            {
                if (c > '}' || !IsBracket[c]) continue; // most characters: one comparison and one lookup
                switch (c)
                {
                    case '[':
                        squareWork += ++squareDepth;
                        if (squareWork > allowedSquareWork) return false;
                        goto case '(';
                    case '(':
                    case '{':
                        if (++nesting > MaxNesting) return false;
                        break;
                    case ']':
                        if (squareDepth > 0) squareDepth--;
                        goto case ')';
                    case ')':
                    case '}':
                        if (nesting > 0) nesting--;
                        break;
                }
            }

            return true;
        }
    }
}
