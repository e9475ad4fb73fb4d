using System.Collections.Generic;

namespace TokenGuard.Detection
{
    /// <summary>
    /// Methods and types whose name says that they authenticate, so that a literal given to them is a credential
    /// whatever their parameters are called: <c>Authenticate</c>, <c>LoginAsync</c>, <c>SignIn</c>, <c>LogOn</c>,
    /// <c>PasswordSignInAsync</c>, <c>UseBasicAuthentication</c>, <c>new HttpBasicAuthenticator(…)</c>, and a verb that
    /// hands a secret over followed by its name: <c>UseApiKey</c>, <c>WithCredentials</c>, <c>SetPassword</c>, <c>AddApiKey</c>.
    /// Not a verb that fetches, checks or revokes one (<c>GetSecret("name")</c>, <c>ValidateToken</c>): its argument names the secret.
    /// </summary>
    public static class AuthenticatingMethods
    {
        private static readonly HashSet<string> AuthenticationWords = new HashSet<string>(System.StringComparer.Ordinal)
        {
            "authenticate", "authenticator", "authentication", "login", "logon", "signin",
        };

        private static readonly HashSet<string> HandOverVerbs = new HashSet<string>(System.StringComparer.Ordinal) { "use", "with", "set", "add" };

        public static bool Authenticates(string name)
        {
            List<string> words = SecretNames.SplitWords(name);
            for (int i = 0; i < words.Count; i++)
            {
                if (AuthenticationWords.Contains(words[i])) return true;
                bool logIn = (words[i] == "log" || words[i] == "sign") && i + 1 < words.Count && (words[i + 1] == "in" || words[i + 1] == "on");
                if (logIn) return true;
            }

            return words.Count > 1 && HandOverVerbs.Contains(words[0]) && SecretNames.LooksLikeSecret(name);
        }
    }
}
