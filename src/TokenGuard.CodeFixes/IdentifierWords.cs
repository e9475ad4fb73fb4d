using System.Collections.Generic;
using System.Linq;
using System.Text;

namespace TokenGuard.CodeFixes
{
    /// <summary>
    /// The words of an identifier, in their own case (<c>GitHubPAT</c> → Git, Hub, PAT), and the two names
    /// the hard-coded token fixes derive from them: an environment variable and a configuration key segment.
    /// </summary>
    internal static class IdentifierWords
    {
        public static IReadOnlyList<string> Split(string name)
        {
            var words = new List<string>();
            var word = new StringBuilder();
            for (int i = 0; i < name.Length; i++)
            {
                char c = name[i];
                if (!char.IsLetterOrDigit(c))
                {
                    Flush(word, words);
                    continue;
                }

                // A capital starts a word after a lower-case letter, or ends an acronym before one (PATToken → PAT, Token).
                bool wordStart = i > 0 && char.IsUpper(c) && (char.IsLower(name[i - 1]) || (i + 1 < name.Length && char.IsLower(name[i + 1]) && char.IsUpper(name[i - 1])));
                if (wordStart) Flush(word, words);
                word.Append(c);
            }

            Flush(word, words);
            return words;
        }

        /// <summary><c>apiToken</c> → <c>API_TOKEN</c>.</summary>
        public static string ToScreamingSnake(IEnumerable<string> words) => string.Join("_", words.Select(w => w.ToUpperInvariant()));

        /// <summary><c>api, TOKEN</c> → <c>ApiToken</c>.</summary>
        public static string ToPascal(IEnumerable<string> words) =>
            string.Concat(words.Select(w => char.ToUpperInvariant(w[0]) + w.Substring(1).ToLowerInvariant()));

        private static void Flush(StringBuilder word, List<string> words)
        {
            if (word.Length == 0) return;
            words.Add(word.ToString());
            word.Clear();
        }
    }
}
