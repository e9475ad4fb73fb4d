using System.Collections.Generic;
using System.Linq;
using TokenGuard.Detection.Rules;

namespace TokenGuard.Detection
{
    /// <summary>Every known token format, grouped by kind of provider in <c>Detection/Rules</c>.</summary>
    public static class KnownTokenRules
    {
        public static IReadOnlyList<TokenRule> All { get; } =
            SourceControlRules.All()
                .Concat(MicrosoftRules.All())
                .Concat(CloudRules.All())
                .Concat(ServiceRules.All())
                .Concat(GenericRules.All())
                .ToArray();
    }
}
