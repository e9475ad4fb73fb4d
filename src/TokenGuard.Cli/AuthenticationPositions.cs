using System;
using System.Collections.Generic;
using System.Runtime.CompilerServices;
using System.Text;
using TokenGuard.Detection;

namespace TokenGuard.Cli
{
    /// <summary>
    /// The prefilter's side of the positions LiteralSyntax reads as a credential whatever the name around it:
    /// <c>"Bearer …"</c>, <c>"Bearer " + "…"</c> and an argument of a method or type that authenticates
    /// (<see cref="AuthenticatingMethods"/>). Each lets through at least every file the Roslyn path reports in them.
    /// </summary>
    internal static class AuthenticationPositions
    {
        // AuthenticationSchemes' words are 3 ("Bot") to 6 ("Bearer", "ApiKey") letters before their space.
        private const int ShortestScheme = 3, LongestScheme = 6;

        /// <summary>A value that starts with a scheme word and may be a credential after it (<c>"Bearer …"</c>).</summary>
        public static bool IsSchemeCredential(ReadOnlySpan<char> value)
        {
            // Only the first few characters are looked at: the prefilter asks this of every piece of every file.
            int space = value.Slice(0, Math.Min(value.Length, LongestScheme + 1)).IndexOf(' ');
            if (space < ShortestScheme) return false;
            string text = value.ToString();
            return AuthenticationSchemes.StartsWithScheme(text) && SourcePrefilter.MayBeGenericSecret(text);
        }

        /// <summary>The literal at <paramref name="literal"/> is added to a literal ending in a scheme word (<c>"Bearer " + "…"</c>), parentheses aside.</summary>
        public static bool FollowsScheme(List<LexToken> tokens, int literal)
        {
            int at = literal - 1;
            while (at >= 0 && tokens[at].Kind == LexKind.OpenParen) at--;
            if (at < 0 || tokens[at].Kind != LexKind.Plus) return false;
            at--;
            while (at >= 0 && tokens[at].Kind == LexKind.CloseParen) at--;
            return at >= 0 && tokens[at].Kind == LexKind.StringLiteral && AuthenticationSchemes.EndsWithScheme(tokens[at].Value.ToString());
        }

        /// <summary>
        /// Follows a file's tokens in order and tells whether the current one is inside the argument list of a call that
        /// authenticates (nested calls' arguments included, which only lets more through).
        /// </summary>
        public struct ArgumentTracker
        {
            // A generic method's type arguments (SignIn<User>) stand between its name and its parenthesis.
            private const int TypeArgumentTokens = 8;

            private int _depth, _callDepth, _next;

            public static ArgumentTracker Start() => new ArgumentTracker { _callDepth = -1 };

            public bool InsideArguments => _callDepth >= 0;

            /// <summary>
            /// <see cref="Advance"/> over every token not yet followed, up to and including <paramref name="index"/>: a reader
            /// that asks <see cref="InsideArguments"/> at few tokens follows the parentheses only up to where it asks.
            /// </summary>
            [MethodImpl(MethodImplOptions.AggressiveOptimization)]
            public void AdvanceThrough(List<LexToken> tokens, int index)
            {
                for (; _next <= index; _next++) Advance(tokens, _next);
            }

            public void Advance(List<LexToken> tokens, int index)
            {
                LexKind kind = tokens[index].Kind;
                if (kind == LexKind.OpenParen)
                {
                    if (_callDepth < 0 && OpensAuthenticatingCall(tokens, index)) _callDepth = _depth;
                    _depth++;
                }
                else if (kind == LexKind.CloseParen && _depth > 0)
                {
                    _depth--;
                    if (_depth == _callDepth) _callDepth = -1;
                }
            }

            // Asked at each opening parenthesis only (far fewer than identifiers): the name just before it, or any
            // name among the few tokens before it when type arguments may stand between. It and the name checks below run
            // for most names before a parenthesis in every C# file: compiled optimized at once, not as tier-0 code while
            // Roslyn's JIT keeps the call counting waiting.
            [MethodImpl(MethodImplOptions.AggressiveOptimization)]
            private static bool OpensAuthenticatingCall(List<LexToken> tokens, int parenthesis)
            {
                for (int at = parenthesis - 1; at >= 0 && at >= parenthesis - TypeArgumentTokens; at--)
                {
                    LexToken token = tokens[at];
                    if (token.Kind == LexKind.Identifier && Authenticates(token.Value)) return true;
                    if (at == parenthesis - 1 && token.Kind != LexKind.Other) return false;
                    if (token.Kind != LexKind.Identifier && token.Kind != LexKind.Other && token.Kind != LexKind.Comma && token.Kind != LexKind.Dot) return false;
                }

                return false;
            }
        }

        // Asked of the name before every opening parenthesis: the cheap necessary checks first, the exact one (which splits the name into words) for few names.
        [MethodImpl(MethodImplOptions.AggressiveOptimization)]
        private static bool Authenticates(ReadOnlySpan<char> name) =>
            (MayNameAuthenticationWord(name) || StartsWithHandOverVerb(name) && MayNameSecret(name)) && AuthenticatingMethods.Authenticates(name.ToString());

        // MayNameAuthentication for one name: its words "authenticat…", "log" and "sign" each hold an h or a g, which most
        // names lack (a name that is not ASCII gets the searches). A plain loop: a name is too short for a vectorised search to pay.
        [MethodImpl(MethodImplOptions.AggressiveOptimization)]
        private static bool MayNameAuthenticationWord(ReadOnlySpan<char> name)
        {
            foreach (char c in name)
            {
                if ((c | 0x20) == 'g' || (c | 0x20) == 'h' || c >= 128) return MayNameAuthentication(name);
            }

            return false;
        }

        // What SecretNames.LooksLikeSecret needs of a name (one of its secret words, or "key" after a qualifier): each of those holds one of these.
        private static readonly string[] SecretWordParts = { "token", "secret", "pass", "pwd", "pat", "credential", "key" };

        // A necessary condition for SecretNames.LooksLikeSecret, whose words are the name's lower-cased: a name that is not
        // ASCII may lower-case to them from other letters, and is left to the exact check.
        [MethodImpl(MethodImplOptions.AggressiveOptimization)]
        private static bool MayNameSecret(ReadOnlySpan<char> name)
        {
            if (!Ascii.IsValid(name)) return true;
            foreach (string part in SecretWordParts)
            {
                if (name.IndexOf(part.AsSpan(), StringComparison.OrdinalIgnoreCase) >= 0) return true;
            }

            return false;
        }

        /// <summary>
        /// Whether the text may hold a name <see cref="AuthenticatingMethods.Authenticates"/> accepts for its words:
        /// "authenticat…", or "log"/"sign" then "in"/"on" (separators aside). Cheap and wider, so the exact check runs on
        /// few names. Its other names, a hand-over verb before a secret word (UseApiKey), hold a secret word, which the
        /// prefilter's own name check finds in a file.
        /// </summary>
        [MethodImpl(MethodImplOptions.AggressiveOptimization)]
        public static bool MayNameAuthentication(ReadOnlySpan<char> text) =>
            text.IndexOf("authenticat".AsSpan(), StringComparison.OrdinalIgnoreCase) >= 0
            || HasWordThenInOrOn(text, "log") || HasWordThenInOrOn(text, "sign");

        [MethodImpl(MethodImplOptions.AggressiveOptimization)]
        private static bool HasWordThenInOrOn(ReadOnlySpan<char> text, string word)
        {
            for (int at = text.IndexOf(word.AsSpan(), StringComparison.OrdinalIgnoreCase); at >= 0;)
            {
                int next = at + word.Length;
                while (next < text.Length && !char.IsLetter(text[next])) next++;
                if (next + 1 < text.Length && (text[next] == 'i' || text[next] == 'I' || text[next] == 'o' || text[next] == 'O') && (text[next + 1] == 'n' || text[next + 1] == 'N')) return true;
                int following = text.Slice(next).IndexOf(word.AsSpan(), StringComparison.OrdinalIgnoreCase);
                at = following < 0 ? -1 : next + following;
            }

            return false;
        }

        // Use/With/Set/Add (AuthenticatingMethods' hand-over verbs) starting a name; the exact check wants a secret word after.
        [MethodImpl(MethodImplOptions.AggressiveOptimization)]
        private static bool StartsWithHandOverVerb(ReadOnlySpan<char> name) =>
            name.Length > 3 && (name[0] >= 128 || IsHandOverVerbStart(name[0])) && (name.StartsWith("Use".AsSpan(), StringComparison.OrdinalIgnoreCase) || name.StartsWith("With".AsSpan(), StringComparison.OrdinalIgnoreCase)
                || name.StartsWith("Set".AsSpan(), StringComparison.OrdinalIgnoreCase) || name.StartsWith("Add".AsSpan(), StringComparison.OrdinalIgnoreCase));

        // The verbs' first letters (any other ASCII character starts none of them): one comparison for most names.
        private static bool IsHandOverVerbStart(char first) =>
            (first | 0x20) == 'u' || (first | 0x20) == 'w' || (first | 0x20) == 's' || (first | 0x20) == 'a';
    }
}
