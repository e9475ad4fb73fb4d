using System;
using System.Collections.Generic;
using static TokenGuard.Detection.Rules.RulePatterns;

namespace TokenGuard.Detection.Rules.Providers
{
    /// <summary>NuGet: nuget.org API keys (oy2…) and a package source's ClearTextPassword in nuget.config.</summary>
    internal static class NuGetConfig
    {
        public static IEnumerable<TokenRule> Rules()
        {
            yield return new TokenRule(
                id: "nuget-api-key",
                provider: "NuGet",
                description: "NuGet.org API key",
                confidence: TokenConfidence.High,
                keywords: new[] { "oy2" },
                pattern: Start + "oy2[a-z0-9]{43}" + End,
                visiblePrefixLength: 3);
            // <add key="ClearTextPassword" value="…" /> under <packageSourceCredentials>; %VAR% references are not secrets.
            yield return new TokenRule(
                id: "nuget-config-cleartext-password",
                provider: "NuGet",
                description: "ClearTextPassword of a package source in nuget.config",
                confidence: TokenConfidence.High,
                keywords: new[] { "ClearTextPassword", "cleartextpassword", "CLEARTEXTPASSWORD" },
                pattern: @"(?i:key)[ \t]*=[ \t]*\\?[""'](?i:ClearTextPassword)\\?[""'][ \t\r\n]+(?i:value)[ \t]*=[ \t]*\\?[""'](?<secret>[^""'<>\\\r\n]{1,512})\\?[""']",
                visiblePrefixLength: 0,
                isValid: password => !PlaceholderValues.IsPlaceholder(password) && password.IndexOf('%') < 0 && password.IndexOf("$(", StringComparison.Ordinal) < 0);
        }
    }
}
