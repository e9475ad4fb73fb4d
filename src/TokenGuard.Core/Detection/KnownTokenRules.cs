using System.Collections.Generic;
using System.Linq;
using TokenGuard.Detection.Rules;
using TokenGuard.Detection.Rules.Providers;

namespace TokenGuard.Detection
{
    /// <summary>Every known token format, one provider a file in <c>Detection/Rules/Providers</c>, then the formats no one provider owns (<c>Detection/Rules/GenericRules.cs</c>).</summary>
    public static class KnownTokenRules
    {
        public static IReadOnlyList<TokenRule> All { get; } =
            ProviderRules.All()
                .Concat(GenericRules.All())
                .ToArray();
    }
}
