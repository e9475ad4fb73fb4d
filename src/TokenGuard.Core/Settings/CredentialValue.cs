using System;
using System.Globalization;
using TokenGuard.Detection;

namespace TokenGuard.Settings
{
    /// <summary>
    /// Decides from a setting's value whether a credential can stand there. Only values that cannot be a
    /// credential are ruled out — booleans, numbers, durations, URLs without credentials — so an unknown shape
    /// errs towards registering. Empty counts as a credential position: <c>"ApiKey": ""</c> in appsettings.json
    /// is how .NET projects declare a secret supplied by user secrets, the environment or a vault.
    /// </summary>
    public static class CredentialValue
    {
        // Query parameters that carry the credential itself (Azure SAS, Functions keys, API keys in URLs).
        private static readonly string[] CredentialParameters = { "sig", "signature", "code", "key", "sas", "auth", "access_token", "api_key", "apikey", "token", "password", "pwd", "secret" };

        public static bool IsPossibleCredential(string value) => IsPossibleCredential(Classify(value));

        public static bool IsPossibleCredential(SettingValueKind kind) =>
            kind == SettingValueKind.Empty || kind == SettingValueKind.UrlWithCredentials || kind == SettingValueKind.Text;

        public static SettingValueKind Classify(string value)
        {
            string trimmed = value.Trim();
            if (trimmed.Length == 0) return SettingValueKind.Empty;
            if (bool.TryParse(trimmed, out _)) return SettingValueKind.Boolean;
            if (double.TryParse(trimmed, NumberStyles.Float, CultureInfo.InvariantCulture, out _)) return SettingValueKind.Number;

            // TimeSpan also parses "42" (days) and "1:2"; only colon forms that start with a digit count as durations.
            if (char.IsDigit(trimmed[0]) && trimmed.IndexOf(':') > 0 && TimeSpan.TryParse(trimmed, CultureInfo.InvariantCulture, out _)) return SettingValueKind.Duration;
            if (trimmed.IndexOf("://", StringComparison.Ordinal) > 0 && trimmed.IndexOf(' ') < 0 && Uri.TryCreate(trimmed, UriKind.Absolute, out Uri? uri))
            {
                return CarriesCredential(uri, trimmed) ? SettingValueKind.UrlWithCredentials : SettingValueKind.Url;
            }

            return SettingValueKind.Text;
        }

        private static bool CarriesCredential(Uri uri, string text)
        {
            // user:password@host; a bare user name (user@host) is not a secret.
            if (uri.UserInfo.IndexOf(':') >= 0) return true;
            foreach (string pair in uri.Query.TrimStart('?').Split('&'))
            {
                int equals = pair.IndexOf('=');
                string name = Uri.UnescapeDataString(equals < 0 ? pair : pair.Substring(0, equals));
                bool hasValue = equals >= 0 && equals < pair.Length - 1;
                if (hasValue && (Array.IndexOf(CredentialParameters, name.ToLowerInvariant()) >= 0 || SecretNames.LooksLikeSecret(name))) return true;
            }

            // Webhook URLs (Slack, Discord …) are tokens in their own right.
            return TokenScanner.Default.Scan(text).Count > 0;
        }
    }
}
