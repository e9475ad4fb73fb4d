using System.Collections.Generic;
using System.Linq;
using TokenGuard.Detection.Rules;
using TokenGuard.Detection.Rules.Providers;

namespace TokenGuard.Detection
{
    /// <summary>Every known token format, grouped by kind of provider in <c>Detection/Rules</c> and one provider a file in <c>Detection/Rules/Providers</c>.</summary>
    public static class KnownTokenRules
    {
        public static IReadOnlyList<TokenRule> All { get; } =
            SourceControlRules.All()
                .Concat(MicrosoftRules.All())
                .Concat(CloudRules.All())
                .Concat(ServiceRules.All())
                .Concat(ProviderRules.All())
                .Concat(GenericRules.All())
                .ToArray();
    }
}
