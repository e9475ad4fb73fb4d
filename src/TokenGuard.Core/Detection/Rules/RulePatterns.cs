namespace TokenGuard.Detection.Rules
{
    /// <summary>Shared pieces of rule patterns.</summary>
    internal static class RulePatterns
    {
        /// <summary>Not preceded by another token character.</summary>
        public const string Start = @"(?<![A-Za-z0-9_])";

        /// <summary>Not followed by another token character.</summary>
        public const string End = @"(?![A-Za-z0-9_])";

        /// <summary>Characters a configuration name carries around a provider's word (<c>MY_SNYK_API_TOKEN</c>).</summary>
        public const string NameFiller = "[A-Za-z0-9_.-]{0,20}";

        /// <summary>A UUID in either case (8-4-4-4-12 hex digits).</summary>
        public const string Uuid = "[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}";

        /// <summary>
        /// After a value: no further token character, and no <c>(</c> (<c>func (x *JIRA) GetInsecureSkipVerifyTls()</c>,
        /// <c>jiraToken = ReadTokenFromTheEnvironment()</c>): a name followed by an argument list is code being called or
        /// declared, never a credential.
        /// </summary>
        private const string NotCalled = "(?![A-Za-z0-9_+/=(-])";

        /// <summary>
        /// A value assigned to a name (case-insensitive, with <see cref="NameFiller"/> after it): <c>name = "v"</c>,
        /// <c>name: v</c>, <c>"name": "v"</c>, <c>name := v</c>, <c>NAME ?= v</c>, <c>name =&gt; "v"</c>,
        /// <c>("NAME", "v")</c>, <c>&lt;Name&gt;v</c>, quotes optionally backslash-escaped. The value is the
        /// <see cref="TokenRule.SecretGroup"/>; for formats without a prefix of their own, where the name is the
        /// only context (gitleaks' "semi-generic" rules).
        /// </summary>
        public static string Assigned(string name, string value) =>
            "(?i:" + name + ")" + NameFiller + @"\\?[""'`]?[ \t]*(:{1,3}=?|\?=|=>?|,|>)[ \t]*\\?[""'`]?(?<secret>" + value + ")" + NotCalled;

        /// <summary>
        /// A value on the same line as a provider's word and at most <paramref name="distance"/> characters after it, where
        /// the word names the value but no assignment does (<c>jira &lt;token&gt;</c>, <c>twilio token - '&lt;token&gt;'</c>,
        /// <c>os.environ["OPENAI_API_KEY"] = '&lt;key&gt;'</c>): trufflehog's keyword-then-value detectors, kept to one line.
        /// For formats without a prefix of their own; the value is the <see cref="TokenRule.SecretGroup"/>. The word ends
        /// where a name would (<c>jira token</c>, not <c>JIRA_USER</c>): callers whose word may be the start of a longer
        /// name say so with <see cref="NameFiller"/> (<c>"npm" + NameFiller + "token"</c>).
        /// </summary>
        public static string Near(string word, string value, int distance = 40) =>
            "(?i:" + word + ")(?![A-Za-z0-9_])[^\\r\\n]{0," + distance + "}?(?<![A-Za-z0-9_])(?<secret>" + value + ")" + NotCalled;

        /// <summary>A provider's word as it is written in names: <c>snyk</c>, <c>Snyk</c>, <c>SNYK</c> (keywords are case-sensitive).</summary>
        public static string[] Cases(params string[] words)
        {
            var all = new System.Collections.Generic.List<string>();
            foreach (string word in words)
            {
                all.Add(word.ToLowerInvariant());
                all.Add(char.ToUpperInvariant(word[0]) + word.Substring(1).ToLowerInvariant());
                all.Add(word.ToUpperInvariant());
            }

            return all.ToArray();
        }

        /// <summary>
        /// Not a run of one or two characters or a counting sequence (<c>00000000-0000-…</c>, <c>abcabcabc…</c>):
        /// at least <c>min(8, length / 3)</c> distinct characters, separators aside.
        /// </summary>
        public static bool LooksRandom(string value)
        {
            var seen = new System.Collections.Generic.HashSet<char>();
            int length = 0;
            foreach (char c in value)
            {
                if (c == '-' || c == '_' || c == '.' || c == ':') continue;
                seen.Add(c);
                length++;
            }

            return seen.Count >= System.Math.Min(8, System.Math.Max(3, length / 3));
        }

        /// <summary>After <paramref name="from"/>, at least one digit and one letter (not an upper-case word or a number).</summary>
        public static bool HasDigitAndLetter(string value, int from)
        {
            bool digit = false, letter = false;
            for (int i = from; i < value.Length; i++)
            {
                digit |= value[i] >= '0' && value[i] <= '9';
                letter |= char.IsLetter(value[i]);
            }

            return digit && letter;
        }

        /// <summary>
        /// A name written in words (<c>GetInsecureSkipVerifyTls</c>, <c>ValidateIssuerSigningKey</c>, <c>mockMasterPasswordHash</c>):
        /// an identifier or a test's stand-in, never a random key. Letters only, at least two words, every run of lower-case
        /// letters at least two long and lower case at least three letters in five (acronyms such as <c>TLS</c> allowed).
        /// Random base62 of 20 or more characters almost always holds a digit, a lone lower-case letter between capitals and
        /// about as many capitals as lower-case letters; an identifier of camel-cased words has none of these.
        /// </summary>
        public static bool IsNameInWords(string value)
        {
            int lower = 0, run = 0, words = 0;
            foreach (char c in value)
            {
                if (c >= 'a' && c <= 'z')
                {
                    if (run == 0) words++;
                    lower++;
                    run++;
                    continue;
                }

                if (c < 'A' || c > 'Z') return false;
                if (run == 1) return false;
                run = 0;
            }

            return run != 1 && words >= 2 && lower * 5 >= value.Length * 3;
        }

        /// <summary>Upper- and lower-case letters both, as random base62 has and names, constants and keys in one case do not.</summary>
        public static bool HasMixedCase(string value)
        {
            bool upper = false, lower = false;
            foreach (char c in value)
            {
                upper |= c >= 'A' && c <= 'Z';
                lower |= c >= 'a' && c <= 'z';
            }

            return upper && lower;
        }

        /// <summary>A rule whose keywords are its own literal prefixes (the common case).</summary>
        public static TokenRule Prefixed(string id, string provider, string description, TokenConfidence confidence, string[] prefixes, string pattern, System.Func<string, bool>? isValid = null, bool hasChecksum = false) =>
            new TokenRule(id, provider, description, confidence, prefixes, pattern, MinLength(prefixes), isValid, hasChecksum: hasChecksum);

        private static int MinLength(string[] prefixes)
        {
            int min = int.MaxValue;
            foreach (string prefix in prefixes) min = System.Math.Min(min, prefix.Length);
            return min == int.MaxValue ? 0 : min;
        }
    }
}
