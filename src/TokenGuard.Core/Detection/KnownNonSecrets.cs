using System;
using System.Text.RegularExpressions;

namespace TokenGuard.Detection
{
    /// <summary>
    /// Values that format knowledge says are not secrets, however secret-like the name they are given to: a format
    /// its provider documents as public (Stripe publishable keys, public keys and certificates, age recipients), a
    /// published sample (<see cref="DocumentedExamples"/>, AWS's <c>…EXAMPLE</c> keys) and a near miss of a
    /// checksummed format (right prefix and length, wrong checksum). <see cref="SecretDecision"/> asks it before
    /// reporting a generic secret (TG0002, TG0004); the format rules themselves already skip these.
    /// </summary>
    public static class KnownNonSecrets
    {
        // Formats that are public by design: shipped to browsers or handed out to be verified against.
        private static readonly Regex PublicFormat = new Regex(
            @"\A(pk_(test|live)_[0-9A-Za-z]{10,}" +                                           // Stripe publishable key (client-side by design)
            @"|-----BEGIN ((RSA|EC|DSA|SSH2|PGP) )?PUBLIC KEY( BLOCK)?-----" +                 // PEM / PGP / SSH2 public keys
            @"|-----BEGIN CERTIFICATE-----" +
            @"|(ssh-(rsa|dss|ed25519)|ecdsa-sha2-nistp(256|384|521)|sk-(ssh-ed25519|ecdsa-sha2-nistp256)@openssh\.com) AAAA[0-9A-Za-z+/]" + // OpenSSH public keys
            @"|[xyztuvYZUV]pub[1-9A-HJ-NP-Za-km-z]{107}(?![1-9A-HJ-NP-Za-km-z])" +             // BIP32 extended public key (watch-only wallets share it)
            @"|age1[02-9ac-hj-np-z]{58}\z)",                                                     // age recipient (public half)
            RegexOptions.CultureInvariant | RegexOptions.ExplicitCapture, TokenRule.MatchTimeout);

        public static bool Recognises(string value)
        {
            if (value is null) throw new ArgumentNullException(nameof(value));
            string trimmed = value.Trim();
            if (trimmed.Length == 0) return false;
            return IsPublicFormat(trimmed) || IsPublishedSample(trimmed) || TokenScanner.Default.IsNearMissOfChecksummedFormat(trimmed);
        }

        public static bool IsPublicFormat(string value)
        {
            try
            {
                return PublicFormat.IsMatch(value);
            }
            catch (RegexMatchTimeoutException)
            {
                return false;
            }
        }

        /// <summary>A documentation key: listed by fingerprint, or an AWS-style access key id or secret ending in EXAMPLE / EXAMPLEKEY.</summary>
        public static bool IsPublishedSample(string value) =>
            DocumentedExamples.Contains(Redaction.Fingerprint(value))
            || ((value.StartsWith("AKIA", StringComparison.Ordinal) || value.StartsWith("ASIA", StringComparison.Ordinal)) && value.EndsWith("EXAMPLE", StringComparison.Ordinal))
            || (value.Length == 40 && value.EndsWith("EXAMPLEKEY", StringComparison.Ordinal));
    }
}
