using System;
using TokenGuard.Detection;

namespace TokenGuard.Cli
{
    /// <summary>
    /// A binary file that is a private key container (<see cref="Pkcs12Container"/>): committed, it is the key. The one
    /// check every scan uses on bytes it does not read as text (working tree, history and index); the finding shows only a
    /// fingerprint of the bytes, never any of them.
    /// </summary>
    internal static class KeyContainerFile
    {
        private static readonly TokenRule Pkcs12PrivateKey = new TokenRule(
            id: "pkcs12-private-key", provider: "PKCS#12", description: "Private key in a PKCS#12 (.p12 / .pfx) container",
            confidence: TokenConfidence.High, keywords: Array.Empty<string>(), pattern: "(?!)", visiblePrefixLength: 0);

        /// <summary>The fingerprint of the first <paramref name="length"/> bytes when they are a container holding a private key; null otherwise.</summary>
        public static string? Fingerprint(byte[]? bytes, int length)
        {
            if (bytes is null || !Pkcs12Container.HoldsPrivateKey(bytes, length)) return null; // it checks the size and the leading SEQUENCE tag itself
            return Redaction.Fingerprint(Convert.ToBase64String(bytes, 0, length));
        }

        /// <summary>The finding for a container at <paramref name="relative"/>, whose position is the file's start.</summary>
        public static ScanFinding Finding(string relative, string fingerprint) =>
            ScanFinding.HardCoded(relative, 1, 1, new TokenFinding(Pkcs12PrivateKey, 0, 0, "PKCS#12 …(" + fingerprint.Substring(0, 15) + ")", fingerprint));
    }
}
