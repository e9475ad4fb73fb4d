using System;
using System.Collections.Generic;
using System.Text;

namespace TokenGuard.Manifest
{
    /// <summary>
    /// Answers "which manifest entry registers this key?". Environment and configuration forms are one
    /// namespace: <c>Stripe__ApiKey</c> and <c>Stripe:ApiKey</c> are the same key, compared
    /// case-insensitively, and manifest usages may use <c>*</c> wildcards (<c>Stripe:*</c>).
    /// </summary>
    public sealed class UsageMatcher
    {
        private readonly Dictionary<string, ManifestEntry> _exact = new Dictionary<string, ManifestEntry>(StringComparer.Ordinal);
        private readonly List<KeyValuePair<string, ManifestEntry>> _wildcards = new List<KeyValuePair<string, ManifestEntry>>();
        private readonly HashSet<string> _fingerprints = new HashSet<string>(StringComparer.Ordinal);

        public UsageMatcher(TokenManifest manifest)
        {
            foreach (ManifestEntry entry in manifest.Entries)
            {
                foreach (TokenUsage usage in entry.Usages)
                {
                    string normalized = Normalize(usage.Name);
                    if (normalized.IndexOf('*') >= 0) _wildcards.Add(new KeyValuePair<string, ManifestEntry>(normalized, entry));
                    else if (!_exact.ContainsKey(normalized)) _exact.Add(normalized, entry);
                }

                foreach (string fingerprint in entry.Fingerprints) _fingerprints.Add(fingerprint);
            }
        }

        /// <summary>The entry registering <paramref name="key"/>, or null.</summary>
        public ManifestEntry? Find(string key)
        {
            string normalized = Normalize(key);
            if (_exact.TryGetValue(normalized, out ManifestEntry? entry)) return entry;
            foreach (KeyValuePair<string, ManifestEntry> wildcard in _wildcards)
            {
                if (GlobMatches(wildcard.Key, normalized)) return wildcard.Value;
            }

            return null;
        }

        /// <summary>
        /// The entry with a usage whose last segments are <paramref name="keyTail"/> (for keys read from a
        /// section whose path cannot be traced), or null.
        /// </summary>
        public ManifestEntry? FindEndingWith(string keyTail)
        {
            string tail = Normalize(keyTail);
            foreach (KeyValuePair<string, ManifestEntry> usage in _exact)
            {
                if (usage.Key == tail || usage.Key.EndsWith(":" + tail, StringComparison.Ordinal)) return usage.Value;
            }

            foreach (KeyValuePair<string, ManifestEntry> wildcard in _wildcards)
            {
                if (GlobMatches(wildcard.Key, tail)) return wildcard.Value;
            }

            return null;
        }

        /// <summary>True when a manifest entry accepts this literal by its <c>sha256:</c> fingerprint.</summary>
        public bool IsAcceptedFingerprint(string fingerprint) => _fingerprints.Contains(fingerprint);

        /// <summary>Lower-case, with the environment separator <c>__</c> turned into <c>:</c>.</summary>
        public static string Normalize(string key)
        {
            var builder = new StringBuilder(key.Length);
            for (int i = 0; i < key.Length; i++)
            {
                if (key[i] == '_' && i + 1 < key.Length && key[i + 1] == '_')
                {
                    builder.Append(':');
                    i++;
                }
                else
                {
                    builder.Append(char.ToLowerInvariant(key[i]));
                }
            }

            return builder.ToString().Trim();
        }

        // '*' matches any run of characters; iterative with backtracking to the last star.
        private static bool GlobMatches(string pattern, string text)
        {
            int p = 0, t = 0, star = -1, mark = 0;
            while (t < text.Length)
            {
                if (p < pattern.Length && pattern[p] == '*')
                {
                    star = p++;
                    mark = t;
                }
                else if (p < pattern.Length && pattern[p] == text[t])
                {
                    p++;
                    t++;
                }
                else if (star >= 0)
                {
                    p = star + 1;
                    t = ++mark;
                }
                else
                {
                    return false;
                }
            }

            while (p < pattern.Length && pattern[p] == '*') p++;
            return p == pattern.Length;
        }
    }
}
