using System;
using System.Collections.Generic;
using System.Linq;
using System.Text;
using System.Text.RegularExpressions;
using TokenGuard.Detection;
using Xunit;
using static TokenGuard.Tests.TestTokens;

namespace TokenGuard.Tests
{
    /// <summary>
    /// A rule with <see cref="TokenRule.StartsBeforeKeyword"/> tries its pattern only where its keyword allows a match to
    /// start: its matches must be exactly the regex's own scan, or findings change. Checked on each rule's sample embedded
    /// in noise and on random texts built from the pieces the patterns care about.
    /// </summary>
    public class RuleStartAnchorTests
    {
        private static readonly TokenRule[] Anchored = KnownTokenRules.All.Where(rule => rule.StartsBeforeKeyword != null).ToArray();

        private static readonly string[] Pieces =
        {
            "://", "-us", "-us1", "-us42", ":", "@", "/", " ", "\n", "\"", "'", "_", ".", "+", "-", "x", "Q", "7", "https", "postgres", "a1b2",
        };

        // The rules' own time limit is for hostile input; here a loaded machine must not turn a slow match into a failure.
        private static readonly Dictionary<TokenRule, Regex> Unlimited = Anchored.ToDictionary(rule => rule, rule => new Regex(rule.Pattern.ToString(), rule.Pattern.Options));

        [Fact]
        public void The_rules_whose_regex_starts_everywhere_are_anchored_at_their_keyword_and_find_their_samples()
        {
            Assert.Contains(Anchored, rule => rule.Id == "url-credentials");
            Assert.Contains(Anchored, rule => rule.Id == "mailchimp-api-key");
            Assert.Contains(Anchored, rule => rule.Id == "azure-iot-key");
            Assert.Contains(Anchored, rule => rule.Id == "azure-storage-identifiable-key");
            Assert.Contains(Anchored, rule => rule.Id == "square-token");
            Assert.Contains(Anchored, rule => rule.Id == "aws-secret-access-key-paired");
            foreach (TokenRule rule in Anchored)
            {
                Assert.Contains(TokenScanner.Default.Scan(RuleSamples.Secrets[rule.Id]()), finding => finding.Rule.Id == rule.Id);
            }
        }

        [Theory]
        [InlineData(1)]
        [InlineData(2)]
        [InlineData(3)]
        public void On_random_texts_the_anchored_matches_are_the_regex_matches(int seed)
        {
            var random = new System.Random(seed);
            var matched = Anchored.ToDictionary(rule => rule, rule => 0);
            for (int i = 0; i < 3000; i++)
            {
                var text = new StringBuilder();
                TokenRule focus = Anchored[i % Anchored.Length]; // each rule's shapes in as many texts
                int length = random.Next(1, 60);
                for (int p = 0; p < length; p++)
                {
                    switch (random.Next(8))
                    {
                        // The rule's sample with a character inserted, removed or changed, or none: matches and near misses.
                        case 7:
                            var edited = new StringBuilder(RuleSamples.Secrets[focus.Id]());
                            int at = random.Next(edited.Length);
                            switch (random.Next(4))
                            {
                                case 0: edited.Insert(at, Alphanumeric[random.Next(Alphanumeric.Length)]); break;
                                case 1: edited.Remove(at, 1); break;
                                case 2: edited[at] = Alphanumeric[random.Next(Alphanumeric.Length)]; break;
                            }

                            text.Append(' ').Append(edited).Append(' ');
                            break;
                        // Around a rule's keyword offset, a base64 run, the keyword and a short run: matches at and near the window's limits.
                        case 6:
                            text.Append(random.Next(2) == 0 ? " " : "").Append(Random(Alphanumeric + "+/", Math.Max(0, focus.StartsBeforeKeyword!.Value.Least + random.Next(-2, 3)), random.Next()))
                                .Append(focus.Keywords[random.Next(focus.Keywords.Length)]);
                            // The tails of 32-byte keys ([A-P], 5, "=") and of 64-byte ones (5, [AQgw], "=="), now and then a character off.
                            int tail = random.Next(2) == 0 ? 5 : random.Next(4, 7);
                            if (random.Next(2) == 0) text.Append("ABP"[random.Next(3)]).Append(Random(Alphanumeric + "+/", tail, random.Next())).Append(random.Next(2) == 0 ? "=" : "");
                            else text.Append(Random(Alphanumeric + "+/", tail, random.Next())).Append("AQgw"[random.Next(4)]).Append(random.Next(2) == 0 ? "==" : "");
                            text.Append(random.Next(4) == 0 ? "" : " ");
                            break;
                        // Hex runs around Mailchimp's 32, letter runs around the URL scheme's 2 to 16 and the user and password.
                        case 0:
                            text.Append(Random("0123456789abcdef", random.Next(30, 35), random.Next()));
                            if (random.Next(2) == 0) text.Append("-us").Append(random.Next(120));
                            break;
                        case 1: text.Append(Random(Alphanumeric, random.Next(1, 20), random.Next())); break;
                        case 2:
                            string sample = RuleSamples.Secrets[focus.Id]();
                            int from = random.Next(sample.Length / 2), to = sample.Length - random.Next(sample.Length / 2);
                            text.Append(sample, from, to - from); // a sample, maybe cut at either end
                            break;
                        default: text.Append(Pieces[random.Next(Pieces.Length)]); break;
                    }
                }

                string candidate = text.ToString();
                foreach (TokenRule rule in Anchored)
                {
                    var expected = new List<(int, int, string)>();
                    for (Match match = Unlimited[rule].Match(candidate); match.Success; match = match.NextMatch())
                        expected.Add((match.Index, match.Length, match.Groups[TokenRule.SecretGroup].Value));
                    var actual = new List<(int, int, string)>();
                    for (Match match = rule.FirstMatch(candidate, from: 0); match.Success; match = rule.NextMatch(candidate, match))
                        actual.Add((match.Index, match.Length, match.Groups[TokenRule.SecretGroup].Value));
                    Assert.True(expected.SequenceEqual(actual), $"{rule.Id} on: {candidate}");
                    matched[rule] += expected.Count;
                }
            }

            Assert.True(matched.Values.Sum() > 500, $"only {matched.Values.Sum()} matches: the property was hardly tested");
            foreach (TokenRule rule in Anchored) Assert.True(matched[rule] > 5, $"only {matched[rule]} matches of {rule.Id}: the property was hardly tested");
        }

        [Fact]
        public void Matches_at_the_limits_of_the_keyword_window_are_found()
        {
            TokenRule url = Anchored.Single(rule => rule.Id == "url-credentials");
            string longestScheme = "x" + new string('s', 15) + "://app:" + Random(Alphanumeric, 12, 5) + "@db";
            string shortestScheme = "ab://app:" + Random(Alphanumeric, 12, 6) + "@db";
            TokenRule mailchimp = Anchored.Single(rule => rule.Id == "mailchimp-api-key");
            string key = Random("0123456789abcdef", 32, 7) + "-us9";
            foreach ((TokenRule rule, string text) in new[] { (url, longestScheme), (url, shortestScheme), (url, "1" + shortestScheme), (mailchimp, key), (mailchimp, "g" + key), (mailchimp, " " + key) })
            {
                Match expected = Unlimited[rule].Match(text), actual = rule.FirstMatch(text, from: 0);
                Assert.Equal((expected.Success, expected.Index, expected.Length), (actual.Success, actual.Index, actual.Length));
            }

            Assert.True(url.FirstMatch(longestScheme, from: 0).Success);
            Assert.False(mailchimp.FirstMatch("g" + key, from: 0).Success);
        }
    }
}
