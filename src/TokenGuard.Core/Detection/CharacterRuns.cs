using System;

namespace TokenGuard.Detection
{
    /// <summary>Whether a text holds a run of characters of one class: a linear precheck for patterns built on long runs.</summary>
    internal static class CharacterRuns
    {
        public static bool HasRun(string text, int minimum, Func<char, bool> isInRun)
        {
            int run = 0;
            for (int i = 0; i < text.Length; i++)
            {
                run = isInRun(text[i]) ? run + 1 : 0;
                if (run >= minimum) return true;
            }

            return false;
        }
    }
}
