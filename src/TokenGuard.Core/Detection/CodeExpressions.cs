using System;

namespace TokenGuard.Detection
{
    /// <summary>
    /// Program code standing where a credential's value would be: <c>password = sys.argv[2]</c>,
    /// <c>pwd = Session.Property("…")</c>, <c>this.password = _data["password"]</c>, <c>e.password=n.password</c>,
    /// <c>asp-route-token="@Html.Encode(…)"</c>, <c>includePassword = true</c>. Text rules meet these in scripts,
    /// generated clients, bundles and notes, where <c>password = …</c> assigns a variable: the secret, if any, is
    /// read from elsewhere at run time, so the text is not one.
    /// </summary>
    public static class CodeExpressions
    {
        private static readonly string[] Literals = { "true", "false", "True", "False", "TRUE", "FALSE", "null", "NULL", "nil", "None", "undefined" };

        /// <summary>
        /// A language's true, false or null; or a member path (<c>sys.argv</c>, <c>@Html.Encode</c>, <c>_data</c>) opening a
        /// call or an index that the value ends inside or closes (<c>Session.Property(</c>: the text rule stopped at its
        /// string argument's quote; <c>GenerateRandomPassword(32)</c>); or a path of two or more members whose last names
        /// a secret (<c>base.password</c>, <c>n.password,e.host=…</c>): another variable's password read here.
        /// </summary>
        public static bool IsCodeExpression(string value)
        {
            string trimmed = value.Trim();
            if (Array.IndexOf(Literals, trimmed) >= 0) return true;
            int start = trimmed.Length > 0 && trimmed[0] == '@' ? 1 : 0;
            int end = MemberPathEnd(trimmed, start, out int members, out int lastMember);
            if (end < 0) return false;
            if (end < trimmed.Length && (trimmed[end] == '(' || trimmed[end] == '['))
            {
                // Kq7(…), Tr0ub4dor[3x]: one name with a digit before a bracket is how a random password reads, not a call.
                if (members == 1 && HasDigit(trimmed, start, end)) return false;
                char last = trimmed[trimmed.Length - 1];
                if (last == '(' || last == '[') return true;
                return (last == ')' || last == ']') && IsArgumentText(trimmed, end + 1, trimmed.Length - 1);
            }

            // Acme.Password2024 is a person's password: a member naming a secret holds no digit (n.password, base.password).
            bool pathEnds = end == trimmed.Length || trimmed[end] == ',' || trimmed[end] == ';';
            return pathEnds && members >= 2 && !HasDigit(trimmed, lastMember, end) && SecretNames.LooksLikeSecret(trimmed.Substring(lastMember, end - lastMember));
        }

        // Identifiers (a letter, '_' or '$', then those or digits) joined by dots, from start: where the path ends, or -1 when none begins there.
        private static int MemberPathEnd(string text, int start, out int members, out int lastMember)
        {
            members = 0;
            lastMember = start;
            int i = start;
            while (true)
            {
                if (i >= text.Length || !IsIdentifierStart(text[i])) return members == 0 ? -1 : i - 1;
                lastMember = i;
                members++;
                i++;
                while (i < text.Length && (IsIdentifierStart(text[i]) || char.IsDigit(text[i]))) i++;
                if (i >= text.Length || text[i] != '.') return i;
                i++;
            }
        }

        private static bool HasDigit(string text, int start, int end)
        {
            for (int i = start; i < end; i++)
            {
                if (char.IsDigit(text[i])) return true;
            }

            return false;
        }

        // What a call's arguments or an index hold in code (names, numbers, quoted keys, nested calls): no '!', '#', '%' … as random passwords have.
        private static bool IsArgumentText(string text, int start, int end)
        {
            for (int i = start; i < end; i++)
            {
                char c = text[i];
                if (!(IsIdentifierStart(c) || char.IsDigit(c) || c == '@' || ArgumentPunctuation.IndexOf(c) >= 0)) return false;
            }

            return true;
        }

        private const string ArgumentPunctuation = ".,:- \"'()[]";

        private static bool IsIdentifierStart(char c) => (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || c == '_' || c == '$';
    }
}
