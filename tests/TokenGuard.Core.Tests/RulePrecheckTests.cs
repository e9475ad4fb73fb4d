using System;
using System.Collections.Generic;
using System.Linq;
using System.Text;
using TokenGuard.Detection;
using Xunit;
using static TokenGuard.Tests.TestTokens;

namespace TokenGuard.Tests
{
    /// <summary>
    /// A rule's <see cref="TokenRule.MayMatch"/> skips its regex: it must be true of every text the pattern matches,
    /// or findings are lost. Checked on each rule's sample, on edge cases at the limits of the pattern's reach, and on
    /// random texts built from the characters the patterns care about.
    /// </summary>
    public class RulePrecheckTests
    {
        private static readonly TokenRule[] Prechecked = KnownTokenRules.All.Where(rule => rule.MayMatch != null).ToArray();

        [Fact]
        public void The_slow_starting_rules_have_a_precheck_and_still_find_their_samples()
        {
            Assert.Contains(Prechecked, rule => rule.Id == "azure-devops-pat-legacy");
            Assert.Contains(Prechecked, rule => rule.Id == "url-credentials");
            Assert.Contains(Prechecked, rule => rule.Id == "datadog-api-key");
            Assert.Contains(Prechecked, rule => rule.Id == "discord-bot-token");
            Assert.Contains(Prechecked, rule => rule.Id == "azure-account-key-assigned");
            Assert.Contains(Prechecked, rule => rule.Id == "curl-auth-header");
            Assert.Contains(Prechecked, rule => rule.Id == "curl-basic-auth");
            Assert.Contains(Prechecked, rule => rule.Id == "telegram-bot-token");
            foreach (TokenRule rule in Prechecked)
            {
                string sample = RuleSamples.Secrets[rule.Id]();
                Assert.True(rule.MayMatch!(sample), rule.Id);
                Assert.Contains(TokenScanner.Default.Scan(sample), finding => finding.Rule.Id == rule.Id);
            }
        }

        [Fact]
        public void Url_credentials_precheck_holds_at_the_patterns_limits_and_rejects_texts_without_the_shape()
        {
            TokenRule rule = KnownTokenRules.All.Single(r => r.Id == "url-credentials");
            string longest = "https://" + new string('u', 64) + ":" + new string('p', 128) + "@host.example";
            var matching = new[] { longest, "x=\"ftp://a:" + Random(Alphanumeric, 4, 3) + "@h\"" };
            foreach (string text in matching)
            {
                Assert.True(rule.Pattern.IsMatch(text), text);
                Assert.True(rule.MayMatch!(text), text);
            }

            // Conservative, never wrong: an '@' in the user part fails the pattern but not the precheck.
            Assert.True(rule.MayMatch!("redis://user@x:" + Random(Alphanumeric, 9, 4) + "@h"));

            Assert.False(rule.MayMatch!("see https://example.com/a and mail me@example.com"));
            Assert.False(rule.MayMatch!("https://host:8080/path then user@example.com"));
        }

        [Theory]
        [InlineData(1)]
        [InlineData(2)]
        [InlineData(3)]
        public void On_random_texts_a_failed_precheck_means_no_match(int seed)
        {
            var random = new System.Random(seed);
            string[] pieces = { "://", ":", "@", "/", " ", "\n", "\"", "'", "token ", "pat=", "dev.azure.com", "a", "z", "2", "7", "8", "A", "x" };
            var property = new PrecheckProperty(Prechecked);
            for (int i = 0; i < 4000; i++)
            {
                var text = new StringBuilder();
                int length = random.Next(1, 120);
                for (int p = 0; p < length; p++)
                {
                    // Long runs of the PAT alphabet and of plain characters, so both patterns match now and then.
                    text.Append(random.Next(6) == 0 ? Random(TokenGuard.Detection.AzureDevOpsLegacyPat.Alphabet, random.Next(40, 60), random.Next()) : pieces[random.Next(pieces.Length)]);
                }

                property.Check(text.ToString());
            }

            Assert.True(property.Matched > 50, $"only {property.Matched} random texts matched: the property was hardly tested");
        }

        [Fact]
        public void Datadog_and_discord_prechecks_reject_texts_with_their_keywords_but_not_their_shape()
        {
            TokenRule datadog = KnownTokenRules.All.Single(r => r.Id == "datadog-api-key");
            TokenRule discord = KnownTokenRules.All.Single(r => r.Id == "discord-bot-token");
            Assert.False(datadog.MayMatch!("Add the address; the API key is elsewhere: " + Random("0123456789abcdef", 32, 1)));
            Assert.True(datadog.MayMatch!("DD_API_KEY"));
            Assert.True(datadog.MayMatch!("Datadog.application-\u212Aey"));
            Assert.False(discord.MayMatch!("MTAddress.Version.1 and NDA." + Random(Alphanumeric, 30, 2)));
            Assert.True(discord.MayMatch!(Random(Alphanumeric, 23, 3) + "." + Random(Alphanumeric, 6, 4) + "." + Random(Alphanumeric, 27, 5)));
        }

        [Fact]
        public void Azure_account_key_precheck_needs_the_86_character_run_the_pattern_needs()
        {
            TokenRule rule = KnownTokenRules.All.Single(r => r.Id == "azure-account-key-assigned");
            const string Base64 = Alphanumeric + "+/";
            string shortest = "AccountKey: \"" + Random(Base64, 86, 6) + "==\"";
            Assert.True(rule.Pattern.IsMatch(shortest));
            Assert.True(rule.MayMatch!(shortest));
            Assert.False(rule.MayMatch!("AccountKey: \"" + Random(Base64, 85, 7) + "==\" and storageKey: " + Random(Base64, 60, 8)));
        }

        [Theory]
        [InlineData(1)]
        [InlineData(2)]
        [InlineData(3)]
        public void On_random_texts_a_failed_datadog_or_discord_precheck_means_no_match(int seed)
        {
            var random = new System.Random(seed);
            const string Base64Url = Alphanumeric + "_-";
            string[] vendors = { "dd", "DD", "Dd", "datadog", "DataDog", "d", "" };
            string[] separators = { "_", ".", "-", "", "", "x" };
            string[] products = { "api", "APP", "Application", "ap", "" };
            string[] keys = { "key", "Key", "\u212Aey", "ey", "k" };
            string[] joins = { "=", "==", ": ", " = \"", "\"", "'", "x", "." };
            TokenRule[] rules = KnownTokenRules.All.Where(r => r.Id == "datadog-api-key" || r.Id == "discord-bot-token").ToArray();
            var property = new PrecheckProperty(rules);
            string Pick(string[] choices) => choices[random.Next(choices.Length)];
            for (int i = 0; i < 4000; i++)
            {
                var text = new StringBuilder();
                int length = random.Next(1, 40);
                for (int p = 0; p < length; p++)
                {
                    // Names and hex runs for Datadog's key = value; M/N/O-led runs and dots for Discord's three parts.
                    switch (random.Next(5))
                    {
                        case 0: text.Append(Pick(vendors)).Append(Pick(separators)).Append(Pick(products)).Append(Pick(separators)).Append(Pick(keys))
                                .Append(Pick(joins)).Append(Random("0123456789abcdef", random.Next(30, 42), random.Next())); break;
                        case 1: text.Append(joins[random.Next(joins.Length)]); break;
                        case 2: text.Append(Random("0123456789abcdef", random.Next(30, 42), random.Next())); break;
                        case 3:
                            text.Append(Pick(joins)).Append("MNO"[random.Next(3)]).Append(Random(Base64Url, random.Next(20, 28), random.Next())).Append('.')
                                .Append(Random(Base64Url, random.Next(5, 8), random.Next())).Append(Pick(joins)).Append(Random(Base64Url, random.Next(25, 41), random.Next()));
                            break;
                        default: text.Append(Random(Base64Url, random.Next(4, 40), random.Next())); break;
                    }
                }

                property.Check(text.ToString());
            }

            property.AssertEachRuleMatchedMoreThan(texts: 20);
        }

        [Theory]
        [InlineData(1)]
        [InlineData(2)]
        [InlineData(3)]
        public void On_random_texts_a_failed_curl_precheck_means_no_match(int seed)
        {
            var random = new System.Random(seed);
            string[] pieces =
            {
                "curl", "curl ", "curly ", " ", "\t", "\n", "\\\n", "\n  --x ", "-u", "--user", "-H", "--header", "=", "==", "\"", "'", "\\\"", "\\",
                ":", "Authorization:", "authorization: ", "Bearer ", "basic ", "X-Api-Key:", "x-my-token:", "Private-Token: ", "Accept:", "deploy:", "-X",
                "curl -H \"", "curl -s --header='", " -H \\\"", "'Authorization: Bearer ", "\"x-api-key: ", "curl -u ",
            };
            TokenRule[] rules = KnownTokenRules.All.Where(r => r.Id == "curl-auth-header" || r.Id == "curl-basic-auth").ToArray();
            var property = new PrecheckProperty(rules);
            for (int i = 0; i < 4000; i++)
            {
                var text = new StringBuilder();
                int length = random.Next(1, 40);
                for (int p = 0; p < length; p++)
                {
                    // Option names, quotes and header names around random credentials, so both patterns match now and then.
                    text.Append(random.Next(4) == 0 ? Random(Alphanumeric + "+/=", random.Next(1, 24), random.Next()) : pieces[random.Next(pieces.Length)]);
                }

                property.Check(text.ToString());
            }

            property.AssertEachRuleMatchedMoreThan(texts: 20);
        }

        [Fact]
        public void Curl_prechecks_reject_a_script_that_names_curl_without_the_options_shape()
        {
            TokenRule header = KnownTokenRules.All.Single(r => r.Id == "curl-auth-header");
            TokenRule user = KnownTokenRules.All.Single(r => r.Id == "curl-basic-auth");
            const string Curlify = "var c=[\"curl\"];c.push(\"-X\",m);for(var h in hs)c.push(\"-H\",\"'\"+h+\": \"+hs[h]+\"'\");c.push(u);var ssh=a-u-b;";
            Assert.False(header.MayMatch!(Curlify));
            Assert.False(user.MayMatch!(Curlify));
            Assert.True(header.MayMatch!("curl --header='x-api-key:"));
            Assert.True(user.MayMatch!("curl\t--user=a"));
            Assert.False(user.MayMatch!("-u a then curl"));
        }

        [Theory]
        [InlineData(1)]
        [InlineData(2)]
        [InlineData(3)]
        public void On_random_texts_a_failed_telegram_precheck_means_no_match(int seed)
        {
            var random = new System.Random(seed);
            const string TokenCharacters = Alphanumeric + "_-";
            string[] pieces = { "telegram", "TELEGRAM_BOT_TOKEN", "Telegram.Token", "tElEgRaM", ":", "AA", ":AA", " ", "\n", "=", ": \"", "\"", ".", "+" };
            TokenRule rule = KnownTokenRules.All.Single(r => r.Id == "telegram-bot-token");
            var property = new PrecheckProperty(new[] { rule });
            for (int i = 0; i < 4000; i++)
            {
                var text = new StringBuilder();
                int length = random.Next(1, 30);
                for (int p = 0; p < length; p++)
                {
                    // Digit runs around the bot id's 8 to 10, token runs around the 35 after the colon.
                    switch (random.Next(5))
                    {
                        case 4:
                            text.Append(Random("0123456789", random.Next(7, 12), random.Next())).Append(random.Next(3) == 0 ? ";" : ":").Append(random.Next(2) == 0 ? "AA" : "")
                                .Append(Random(TokenCharacters, random.Next(32, 38), random.Next()));
                            break;
                        case 0: text.Append(Random("0123456789", random.Next(6, 12), random.Next())); break;
                        case 1: text.Append(Random(TokenCharacters, random.Next(30, 40), random.Next())); break;
                        default: text.Append(pieces[random.Next(pieces.Length)]); break;
                    }
                }

                property.Check(text.ToString());
            }

            property.AssertEachRuleMatchedMoreThan(texts: 20);
            Assert.False(rule.MayMatch!("telegram: 12345678:" + Random(TokenCharacters, 34, 9)));
            Assert.False(rule.MayMatch!("telegram: 1234567:" + Random(TokenCharacters, 35, 10)));
        }

        [Fact]
        public void Azure_devops_legacy_pat_precheck_needs_a_run_of_exactly_52_between_non_alphanumerics()
        {
            TokenRule rule = KnownTokenRules.All.Single(r => r.Id == "azure-devops-pat-legacy");
            string Run(int length, int seed) => Random(TokenGuard.Detection.AzureDevOpsLegacyPat.Alphabet, length, seed);
            foreach (string text in new[] { Run(52, 11), "pat=\"" + Run(52, 12) + "\"", "token " + Run(52, 13), "x_" + Run(52, 14) + "." })
                Assert.True(rule.MayMatch!(text), text);
            foreach (string text in new[] { Run(53, 15), "pat=" + Run(52, 16) + "8", "pat=A" + Run(52, 17), "pat=" + Run(51, 18) + " " + Run(120, 19) })
            {
                Assert.False(rule.MayMatch!(text), text);
                Assert.DoesNotMatch(rule.Pattern, text);
            }
        }

        [Theory]
        [InlineData(1)]
        [InlineData(2)]
        [InlineData(3)]
        public void On_random_texts_a_failed_azure_account_key_precheck_means_no_match(int seed)
        {
            var random = new System.Random(seed);
            const string Base64 = Alphanumeric + "+/";
            string[] pieces = { "AccountKey: \"", "storage_access_key = '", "cosmosKey=", "accountkey", " ", "\n", "=", "==", "\"", "'", ";", "a" };
            TokenRule rule = KnownTokenRules.All.Single(r => r.Id == "azure-account-key-assigned");
            var property = new PrecheckProperty(new[] { rule });
            for (int i = 0; i < 3000; i++)
            {
                var text = new StringBuilder();
                int length = random.Next(1, 12);
                for (int p = 0; p < length; p++)
                {
                    // Base64 runs around the key's 86, with and without its "==".
                    text.Append(random.Next(3) == 0 ? Random(Base64, random.Next(84, 90), random.Next()) + (random.Next(2) == 0 ? "==" : "") : pieces[random.Next(pieces.Length)]);
                }

                property.Check(text.ToString());
            }

            property.AssertEachRuleMatchedMoreThan(texts: 20);
            Assert.False(rule.MayMatch!("AccountKey: \"" + Random(Base64, 87, 20) + "==\""));
        }
    }
}
