using System;
using System.Collections.Generic;
using static TokenGuard.Detection.Rules.RulePatterns;

namespace TokenGuard.Detection.Rules.Providers
{
    /// <summary>Kubernetes Secret manifests: a value under data: or stringData: of a document of kind Secret.</summary>
    internal static class Kubernetes
    {
        public static IEnumerable<TokenRule> Rules()
        {
            // kind: Secret, then (within the same YAML document, before the next ---) data: or stringData:, then
            // the first entry whose value is not empty, a template ({{ … }}, ${…}) or a placeholder.
            yield return new TokenRule(
                id: "kubernetes-secret-value",
                provider: "Kubernetes",
                description: "Value in a Kubernetes Secret manifest",
                confidence: TokenConfidence.Medium,
                keywords: new[] { "kind: Secret", "kind: \"Secret\"", "kind: 'Secret'", "kind:Secret" },
                pattern: @"(?m)^[ \t]*kind:[ \t]*[""']?Secret[""']?[ \t]*\r?$(\n(?![ \t]*---)[^\n]*){0,40}?\n[ \t]*(data|stringData):[ \t]*\r?\n([ \t]+[^\n]*\n){0,30}?[ \t]+[A-Za-z0-9_.-]+:[ \t]*[""']?(?<secret>[^\s""'{}$<>#]{8,})[""']?[ \t]*\r?$",
                visiblePrefixLength: 0,
                isValid: value => !PlaceholderValues.IsPlaceholder(value) && !DecodesToPlaceholder(value),
                requires: "ata:");
        }

        // data: values are base64: "cGFzc3dvcmQ=" is "password".
        private static bool DecodesToPlaceholder(string value)
        {
            byte[]? bytes = Base64Text.Decode(value);
            if (bytes is null) return false;
            string text = System.Text.Encoding.UTF8.GetString(bytes);
            return PlaceholderValues.IsPlaceholder(text);
        }
    }
}
