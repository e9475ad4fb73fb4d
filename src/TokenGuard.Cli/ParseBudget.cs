using System;
using System.Numerics;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using System.Runtime.Intrinsics;

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

        // A loop over every C# file: compiled optimized at once (so for this machine's vectors too: ReadyToRun leaves it out).
        // Tiering would run it as slow tier-0 code while Roslyn's JIT keeps the call counting waiting (for much of a scan on
        // a busy machine), and TieredCompilation settings for the whole process cost more than they win.
        // Sixteen characters are tested at once and only the brackets among them visited: the runtime's IndexOfAny would
        // return at each bracket, every few characters in C#, where one vector compare here covers them all.
        [MethodImpl(MethodImplOptions.AggressiveOptimization)]
        public static bool IsTractable(string text)
        {
            var budget = new Budget(text.Length);
            ReadOnlySpan<ushort> chars = MemoryMarshal.Cast<char, ushort>(text.AsSpan());
            int i = 0;
            if (Vector256.IsHardwareAccelerated)
            {
                ref ushort first = ref MemoryMarshal.GetReference(chars);
                for (; i <= chars.Length - Vector256<ushort>.Count; i += Vector256<ushort>.Count)
                {
                    uint brackets = Brackets(Vector256.LoadUnsafe(ref first, (nuint)i)).ExtractMostSignificantBits();
                    for (; brackets != 0; brackets &= brackets - 1)
                    {
                        if (!budget.Allows(text[i + BitOperations.TrailingZeroCount(brackets)])) return false;
                    }
                }
            }

            for (; i < text.Length; i++)
            {
                char c = text[i];
                if (IsBracket(c) && !budget.Allows(c)) return false;
            }

            return true;
        }

        // ( and ) differ in the lowest bit, [ and { (and ] and }) in the 0x20 bit: three compares find all six.
        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        private static Vector256<ushort> Brackets(Vector256<ushort> block)
        {
            Vector256<ushort> caseless = block | Vector256.Create((ushort)0x20);
            return Vector256.Equals(block & Vector256.Create((ushort)0xFFFE), Vector256.Create((ushort)'('))
                | Vector256.Equals(caseless, Vector256.Create((ushort)'{'))
                | Vector256.Equals(caseless, Vector256.Create((ushort)'}'));
        }

        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        private static bool IsBracket(char c) => (c & 0xFFFE) == '(' || (c | 0x20) == '{' || (c | 0x20) == '}';

        /// <summary>The nesting so far, and the parser's extra work for square brackets against the file's allowance.</summary>
        private struct Budget
        {
            private readonly long _allowedSquareWork;
            private int _nesting, _squareDepth;
            private long _squareWork;

            // The parser's extra work grows with the square-bracket depth at each '[': allow a fraction of the
            // file's length (real code has a few '[' per line, one or two deep).
            public Budget(int length) => _allowedSquareWork = 4096 + length / 8;

            /// <summary>Counts one bracket; false once the file is over budget.</summary>
            [MethodImpl(MethodImplOptions.AggressiveInlining)]
            public bool Allows(char bracket)
            {
                switch (bracket)
                {
                    case '[':
                        _squareWork += ++_squareDepth;
                        if (_squareWork > _allowedSquareWork) return false;
                        goto case '(';
                    case '(':
                    case '{':
                        if (++_nesting > MaxNesting) return false;
                        break;
                    case ']':
                        if (_squareDepth > 0) _squareDepth--;
                        goto case ')';
                    case ')':
                    case '}':
                        if (_nesting > 0) _nesting--;
                        break;
                }

                return true;
            }
        }
    }
}
