using System.Collections.Generic;
using static TokenGuard.Detection.Rules.RulePatterns;

namespace TokenGuard.Detection.Rules.Providers
{
    /// <summary>PyPI: API token.</summary>
    internal static class PyPI
    {
        public static IEnumerable<TokenRule> Rules()
        {
            // PyPI API tokens are macaroons whose base64 starts with the "pypi.org" location.
            yield return Prefixed(
                id: "pypi-token",
                provider: "PyPI",
                description: "PyPI API token",
                confidence: TokenConfidence.High,
                prefixes: new[] { "pypi-AgEIcHlwaS5vcmc" },
                pattern: Start + "pypi-AgEIcHlwaS5vcmc[A-Za-z0-9_-]{50,}" + End);
        }
    }
}
