using System.Collections.Generic;
using System.Linq;
using System.Text.RegularExpressions;
using TokenGuard.Detection;
using Xunit;

namespace TokenGuard.Tests
{
    /// <summary>
    /// What the random precheck tests ask of each text: a text a rule's pattern matches passes the rule's precheck
    /// (<see cref="TokenRule.MayMatch"/>), or findings are lost. The patterns are built again without the rules' time
    /// limit, which is for hostile input: a loaded machine must not turn a slow match into a failure. Matches are counted,
    /// so a test can show the property was exercised.
    /// </summary>
    internal sealed class PrecheckProperty
    {
        private readonly Dictionary<TokenRule, Regex> _patterns;
        private readonly Dictionary<TokenRule, int> _matched;

        public PrecheckProperty(IEnumerable<TokenRule> rules)
        {
            _patterns = rules.ToDictionary(rule => rule, rule => new Regex(rule.Pattern.ToString(), rule.Pattern.Options));
            _matched = _patterns.Keys.ToDictionary(rule => rule, rule => 0);
        }

        public void Check(string text)
        {
            foreach (KeyValuePair<TokenRule, Regex> pair in _patterns)
            {
                bool matches = pair.Value.IsMatch(text);
                if (matches) _matched[pair.Key]++;
                Assert.False(matches && !pair.Key.MayMatch!(text), $"{pair.Key.Id} precheck rejected a matching text: {text}");
            }
        }

        /// <summary>The texts each rule matched, summed over the rules.</summary>
        public int Matched => _matched.Values.Sum();

        public void AssertEachRuleMatchedMoreThan(int texts)
        {
            foreach (KeyValuePair<TokenRule, int> pair in _matched)
            {
                Assert.True(pair.Value > texts, $"only {pair.Value} random texts matched {pair.Key.Id}: the property was hardly tested");
            }
        }
    }
}
