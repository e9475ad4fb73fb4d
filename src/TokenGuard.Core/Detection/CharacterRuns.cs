using System;

namespace TokenGuard.Detection
{
    /// <summary>Whether a text holds a run of characters of one class: a linear precheck for patterns built on long runs.</summary>
    internal static class CharacterRuns
    {
        /// <summary>
        /// Looks only at every <paramref name="minimum"/>th character and counts back from those in the class: every run
        /// that long covers one of them, and ordinary text (short words, punctuation) then costs a fraction of its length.
        /// </summary>
        public static bool HasRun(string text, int minimum, Func<char, bool> isInRun)
        {
            int end = minimum - 1; // the last character of the first window that could hold a run
            while (end < text.Length)
            {
                int start = end;
                while (start > end - minimum && isInRun(text[start])) start--;
                if (start == end - minimum) return true; // minimum characters in the class, ending at end
                // No run ends before the character at start, which is not in the class: the next one can end minimum after it.
                end = start + minimum;
            }

            return false;
        }

        /// <summary>
        /// The length of the run of class characters that ends just before <paramref name="end"/>, counted up to
        /// <paramref name="limit"/>.
        /// </summary>
        public static int RunEndingAt(string text, int end, int limit, Func<char, bool> isInRun)
        {
            int length = 0;
            while (length < limit && end - length - 1 >= 0 && isInRun(text[end - length - 1])) length++;
            return length;
        }

        /// <summary>The length of the run of class characters that starts at <paramref name="start"/>, counted up to <paramref name="limit"/>.</summary>
        public static int RunStartingAt(string text, int start, int limit, Func<char, bool> isInRun)
        {
            int length = 0;
            while (length < limit && start + length < text.Length && isInRun(text[start + length])) length++;
            return length;
        }
    }
}
