using System;
using System.Collections.Generic;
using static TokenGuard.Tests.SampleAlphabets;
using static TokenGuard.Tests.TestTokens;

namespace TokenGuard.Tests
{
    /// <summary>The samples of the rules in <c>Rules/Providers/Kubernetes.cs</c>: for each rule a text holding one of its tokens, and its near misses.</summary>
    internal static class KubernetesSamples
    {
        /// <summary>rule id → text containing exactly one token of that rule.</summary>
        public static readonly IReadOnlyDictionary<string, Func<string>> Secrets = new Dictionary<string, Func<string>>
        {
            ["kubernetes-secret-value"] = () => KubernetesSecret("password: " + Base64Of(Random(Alphanumeric, 18, 239))),
        };

        /// <summary>rule id → (why it is not a token, text holding it).</summary>
        public static readonly IReadOnlyDictionary<string, (string Why, Func<string> Text)[]> NearMisses = new Dictionary<string, (string, Func<string>)[]>
        {
            ["kubernetes-secret-value"] = new (string, Func<string>)[]
            {
                ("Helm template", () => KubernetesSecret("password: {{ .Values.db.password | b64enc }}")),
                ("base64 of a placeholder", () => KubernetesSecret("password: " + Base64Of("changeme"))),
                ("a ConfigMap", () => KubernetesSecret("password: " + Base64Of(Random(Alphanumeric, 18, 239)), kind: "ConfigMap")),
            },
        };

        /// <summary>A Secret manifest whose data: holds <paramref name="entry"/>.</summary>
        public static string KubernetesSecret(string entry, string kind = "Secret", string section = "data") =>
            "apiVersion: v1\nkind: " + kind + "\nmetadata:\n  name: db\n  namespace: shop\ntype: Opaque\n" + section + ":\n  username: {{ .Values.db.user | b64enc }}\n  " + entry + "\n";

        public static string Base64Of(string text) => Convert.ToBase64String(System.Text.Encoding.UTF8.GetBytes(text));
    }
}
