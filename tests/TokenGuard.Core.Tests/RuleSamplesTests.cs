using System;
using System.Collections.Generic;
using System.Linq;
using System.Reflection;
using TokenGuard.Detection;
using TokenGuard.Detection.Rules;
using TokenGuard.Detection.Rules.Providers;

namespace TokenGuard.Tests
{
    /// <summary>
    /// Each rule file has a samples file of the same provider name, and a rule's samples sit in the file of the provider
    /// that owns the rule: a new rule cannot land without its samples beside it.
    /// </summary>
    public class RuleSamplesTests
    {
        // provider (the rule file's name) → the ids of its rules: Rules/Providers/<Provider>.cs, and Rules/GenericRules.cs as "Generic".
        private static readonly IReadOnlyDictionary<string, string[]> RuleIdsByProvider =
            typeof(ProviderRules).Assembly.GetTypes()
                .Where(type => type.Namespace == typeof(ProviderRules).Namespace && type != typeof(ProviderRules))
                .Select(type => (Provider: type.Name, Rules: type.GetMethod("Rules", BindingFlags.Public | BindingFlags.Static)))
                .Where(file => file.Rules != null)
                .Select(file => (file.Provider, Rules: (IEnumerable<TokenRule>)file.Rules!.Invoke(null, null)!))
                .Append((Provider: "Generic", Rules: GenericRules.All()))
                .ToDictionary(file => file.Provider, file => file.Rules.Select(rule => rule.Id).ToArray());

        [Fact]
        public void Every_rule_file_has_one_samples_file_of_its_name()
        {
            Assert.Equal(KnownTokenRules.All.Select(rule => rule.Id).OrderBy(id => id), RuleIdsByProvider.Values.SelectMany(ids => ids).OrderBy(id => id));
            Assert.Equal(RuleIdsByProvider.Keys.OrderBy(name => name), RuleSamples.ByProvider.Select(samples => samples.Provider).OrderBy(name => name));
        }

        [Fact]
        public void Every_rule_has_its_positive_sample_in_its_providers_samples_file()
        {
            string[] misplaced = RuleSamples.ByProvider
                .SelectMany(samples => RuleIdsByProvider[samples.Provider].Except(samples.Secrets.Keys).Select(id => id + " has no sample in " + samples.Provider + "Samples")
                    .Concat(samples.Secrets.Keys.Except(RuleIdsByProvider[samples.Provider]).Select(id => samples.Provider + "Samples holds a sample of " + id + ", not one of its rules")))
                .ToArray();
            Assert.True(misplaced.Length == 0, string.Join("; ", misplaced));
        }

        [Fact]
        public void Every_near_miss_names_a_rule_of_its_provider()
        {
            string[] strays = RuleSamples.ByProvider
                .SelectMany(samples => samples.NearMisses.Keys.Except(RuleIdsByProvider[samples.Provider]).Select(id => samples.Provider + "Samples has near misses of " + id + ", not one of its rules"))
                .ToArray();
            Assert.True(strays.Length == 0, string.Join("; ", strays));
        }
    }
}
