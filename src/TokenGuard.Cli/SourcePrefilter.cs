using System;
using System.Collections.Generic;
using System.Linq;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using System.Text;
using TokenGuard.Analyzers;
using TokenGuard.Detection;

namespace TokenGuard.Cli
{
    /// <summary>
    /// Whether a C# file is worth a syntax parse. Two stages, the cheaper first:
    /// <list type="number">
    /// <item>its text: some piece between two quotes holds a known format's keyword, is a credential header's
    /// name, or is shaped like a generic secret in a file with a word that names a secret; or a fold may be written (a '+', a '$');</item>
    /// <item>its string literals, from <see cref="CSharpLiteralLexer"/> (Roslyn's tokens, most files lexed without Roslyn; comments and code are not
    /// literals): a known format's token is in them (<see cref="MayHoldKnownToken"/>), one is a credential header's name in a file that adds to a request's headers, or one is shaped like a
    /// generic secret in a position the syntax reads its receiving name from, and that name has a secret word.</item>
    /// </list>
    /// A file that fails either cannot produce a finding, so most files are skipped without a parse.
    /// </summary>
    internal static class SourcePrefilter
    {
        private static readonly string[] SecretWords =
        {
            "token", "tokens", "secret", "secrets", "password", "passwd", "pwd", "pat", "credential", "credentials",
            "apikey", "accesskey", "privatekey", "clientsecret", "passphrase",
        };

        private static readonly string[] KeyQualifiers =
        {
            "api", "access", "secret", "private", "signing", "subscription", "account", "master", "auth", "license", "encryption", "webhook",
        };

        public static bool MayHoldSecret(string text)
        {
            long started = ScanProfile.Start();
            bool text_ = TextMayHoldSecret(text);
            ScanProfile.Add(ScanProfile.Stage.TextPrefilter, started, text.Length);
            if (!text_) return false;
            return LiteralsMayHoldSecret(text);
        }

        /// <summary>
        /// Whether a C# file may read an environment variable or configuration key (TG0003, with a manifest): the
        /// methods <see cref="TokenReadSyntax"/> recognises, an <c>IConfiguration</c> type named, or a configuration-named
        /// receiver indexed or asked <c>GetValue</c> (<c>builder.Configuration["…"]</c>, <c>_config.GetValue</c>).
        /// Keys may be constants or <c>nameof</c>, so the names decide, not the literals.
        /// </summary>
        public static bool MayReadToken(string text) =>
            text.IndexOf(TokenKeys.GetEnvironmentVariable, StringComparison.Ordinal) >= 0
            || text.IndexOf(TokenKeys.GetSection, StringComparison.Ordinal) >= 0
            || text.IndexOf(TokenKeys.GetRequiredSection, StringComparison.Ordinal) >= 0
            || text.IndexOf(TokenKeys.GetConnectionString, StringComparison.Ordinal) >= 0
            || text.IndexOf("IConfiguration", StringComparison.Ordinal) >= 0
            || IndexesConfigurationName(text);

        // "onfig" ending an identifier (config, _configuration, Configuration) that is indexed or asked GetValue.
        private static bool IndexesConfigurationName(string text)
        {
            for (int at = text.IndexOf("onfig", StringComparison.OrdinalIgnoreCase); at >= 0; at = text.IndexOf("onfig", at + 1, StringComparison.OrdinalIgnoreCase))
            {
                int end = at + "onfig".Length;
                if (string.CompareOrdinal(text, end, "uration", 0, "uration".Length) == 0) end += "uration".Length;
                if (end < text.Length && (text[end] == '[' || text[end] == '?' && end + 1 < text.Length && text[end + 1] == '[')) return true;
                if (string.CompareOrdinal(text, end, "." + TokenKeys.GetValue, 0, TokenKeys.GetValue.Length + 1) == 0) return true;
            }

            return false;
        }

        /// <summary>
        /// Every piece of the text between two quotes is tried, in and out of literals alike, so a quote the split
        /// gets wrong (an escaped one, a char literal) can only let a file through, never skip one that holds a literal.
        /// </summary>
        // A loop over every C# file: compiled optimized at once. Tiering would run it as slow tier-0 code while Roslyn's JIT keeps the
        // call counting waiting (for much of a scan on a busy machine), and TieredCompilation settings for the whole process cost more than they win.
        [MethodImpl(MethodImplOptions.AggressiveOptimization)]
        private static bool TextMayHoldSecret(string text)
        {
            if (text.IndexOf('"') < 0) return false;
            // Whether the file has a word that names a secret: a pass over all of it, so asked only once a piece needs it.
            bool? named = null;
            // A method that authenticates makes its arguments credentials whatever they are called (Login(user, "…")).
            bool Named() => named ??= HasSecretWord(text.AsSpan()) || IsCredentialHeaderWord(text.AsSpan()) || AuthenticationPositions.MayNameAuthentication(text.AsSpan());
            // The text before the first quote is code (a comment at most: no literal opens before a quote), so no literal's value
            // is in it; the head of a file (usings, namespace, type and doc comments) is full of keywords ("Path", "Token").
            int start = text.IndexOf('"') + 1;
            for (int quote = start < text.Length ? text.IndexOf('"', start) : -1; start <= text.Length; quote = start < text.Length ? text.IndexOf('"', start) : -1)
            {
                int end = quote < 0 ? text.Length : quote;
                int length = end - start;
                if (TokenScanner.Default.MayContainToken(text, start, length)) return true;
                if ((GenericSecrets.CouldBeSecretUnderSomeName(text, start, length) || IsCredentialHeader(text, start, length)) && Named()) return true;
                if (AuthenticationPositions.IsSchemeCredential(text.AsSpan(start, length))) return true;
                if (quote < 0) break;
                start = quote + 1;
            }

            // A token's keyword may be split over the pieces of a fold, in any order in the file ("gh" + "p_…", Prefix + Rest,
            // $"gh{Rest}"): wherever an addition or an interpolated string may be, the literals decide.
            return MayFold(text);
        }

        // A '+' that is no ++ or +=, or a '$' (an interpolated string's start): a fold may be written in the text.
        private static bool MayFold(string text)
        {
            if (text.IndexOf('$') >= 0) return true;
            for (int plus = text.IndexOf('+'); plus >= 0; plus = text.IndexOf('+', plus + 2))
            {
                char next = plus + 1 < text.Length ? text[plus + 1] : ' ';
                if (next != '+' && next != '=') return true;
            }

            return false;
        }

        [ThreadStatic]
        private static List<LexToken>? _tokens;

        [ThreadStatic]
        private static StringBuilder? _separated;

        private static bool LiteralsMayHoldSecret(string text)
        {
            List<LexToken> tokens = _tokens ??= new List<LexToken>();
            long started = ScanProfile.Start();
            CSharpLiteralLexer.Lex(text, tokens);
            ScanProfile.Add(ScanProfile.Stage.LiteralLexer, started, text.Length);
            started = ScanProfile.Start();
            bool result = LiteralsMayHoldSecret(tokens);
            ScanProfile.Add(ScanProfile.Stage.LiteralPrefilter, started, text.Length);
            if (tokens.Capacity > 1 << 16) _tokens = null; // A huge file's list is not kept for the next one.
            return result;
        }

        /// <summary>The second stage over a file's tokens, however they were lexed (<see cref="CSharpLiteralLexer"/>).</summary>
        [MethodImpl(MethodImplOptions.AggressiveOptimization)]
        internal static bool LiteralsMayHoldSecret(List<LexToken> tokens)
        {
            StringBuilder separated = (_separated ??= new StringBuilder()).Clear();
            bool headerName = false, folds = false;
            var authentication = AuthenticationPositions.ArgumentTracker.Start();
            // The list's tokens as a span: the loop reads each without a call to the list's indexer.
            ReadOnlySpan<LexToken> all = CollectionsMarshal.AsSpan(tokens);
            for (int i = 0; i < all.Length; i++)
            {
                ref readonly LexToken token = ref all[i];
                if (token.IsStringLiteral)
                {
                    // An interpolated string is one token here, its holes included: reading them as text only lets more through.
                    bool interpolated = token.Kind == LexKind.InterpolatedString;
                    ReadOnlySpan<char> value = token.Value;
                    separated.Append(value).Append('\n');
                    folds |= interpolated && value.IndexOf('{') >= 0;
                    headerName |= IsCredentialHeader(value);
                    // What LiteralSyntax reads as a credential by its position: "Bearer …", "Bearer " + "…", an argument of a
                    // method that authenticates; else a secret name receiving it. The value is checked once, whichever position.
                    if (!interpolated && AuthenticationPositions.IsSchemeCredential(value)) return true;
                    if (!IsSecretShaped(token, interpolated)) continue;
                    // The parentheses are followed only up to the literals that ask (most files have few secret-shaped ones).
                    if (!interpolated) authentication.AdvanceThrough(tokens, i);
                    bool authenticationPosition = !interpolated && (authentication.InsideArguments || AuthenticationPositions.FollowsScheme(tokens, i));
                    if (authenticationPosition && MayBeGenericSecret(value.ToString())) return true;
                    if (!IsReceivedBySecretName(tokens, i) && !ReceivingPositions.MayBeGivenToSecretName(tokens, i)) continue;
                    if (interpolated ? InterpolatedMayBeGenericSecret(value) : MayBeReceivedSecret(tokens, i, value.ToString())) return true;
                }
                else
                {
                    folds |= token.Kind == LexKind.Plus;
                }
            }

            // What CSharpSecretFinder reads as a credential header: a header's name (maybe a constant) and a *Headers.Add call,
            // looked for only in a file with such a name.
            if (headerName && HasHeadersAdd(tokens)) return true;
            bool known = MayHoldKnownToken(separated.ToString(), folds, tokens);
            if (separated.Capacity > 1 << 20) _separated = null; // A huge file's buffer is not kept for the next one.
            return known;
        }

        // Enough for the longest position the prefilter reads (a name, a bracket, an operator, a few parentheses).
        private const int LookBack = 8;

        /// <summary>The token <paramref name="back"/> places before token <paramref name="index"/> (0: just before); none (default) past the start or <see cref="LookBack"/>.</summary>
        private static LexToken Before(List<LexToken> tokens, int index, int back) =>
            back < LookBack && index - 1 - back >= 0 ? tokens[index - 1 - back] : default;

        /// <summary>
        /// A known format's token is in one literal (the rules find it in the literals one a line), or in a constant fold
        /// (<c>"gh" + Rest</c>, with the const declared anywhere in the file): a fold's value is computed from the tokens
        /// (<see cref="ConstantFolds"/>) when a keyword can be in it (<see cref="FoldPrefilter"/>: in a literal that is added,
        /// initialises a const or is interpolated, or split over two).
        /// </summary>
        private static bool MayHoldKnownToken(string separated, bool folds, List<LexToken> tokens)
        {
            // Folds first, whatever the literals hold: a keyword may form only in a fold, from pieces in any order in the file.
            if (folds && FoldPrefilter.MayHoldKeyword(tokens) && ConstantFolds.MayHoldToken(tokens)) return true;
            KeywordPass inSeparated = TokenScanner.Default.FindKeywords(separated);
            return inSeparated.MayContainToken && inSeparated.Scan().Count > 0;
        }

        /// <summary>
        /// Whether the tokens just before a literal are one of the positions <c>LiteralSyntax.ReceivingName</c> reads,
        /// with a secret word in the name: <c>Name = </c>, <c>Name =&gt; </c>, <c>name: </c>, <c>["Name"] = </c>, and
        /// <c>"Name", </c> (a pair, an initializer's element), each maybe followed by opening parentheses.
        /// </summary>
        internal static bool IsReceivedBySecretName(List<LexToken> tokens, int literal)
        {
            int back = 0;
            while (Before(tokens, literal, back).Kind == LexKind.OpenParen) back++;
            LexToken separator = Before(tokens, literal, back++);
            if (separator.Kind == LexKind.Comma) return IsSecretName(Before(tokens, literal, back));
            if (separator.Kind != LexKind.Equals && separator.Kind != LexKind.EqualsGreaterThan && separator.Kind != LexKind.Colon) return false;
            LexToken name = Before(tokens, literal, back);
            return IsSecretName(name.Kind == LexKind.CloseBracket ? Before(tokens, literal, back + 1) : name);
        }

        internal static bool IsSecretName(LexToken token)
        {
            if (token.Kind != LexKind.Identifier && !token.IsStringLiteral) return false;
            ReadOnlySpan<char> name = token.Value;
            return HasSecretWord(name) || IsCredentialHeaderWord(name);
        }

        /// <summary>
        /// Whether a literal's value (escapes decoded, as Roslyn's) can be a generic secret in any position the syntax
        /// gives it: a secret-like name or named argument asks <see cref="GenericSecrets.IsLikelySecret"/>, whose value half
        /// for a password-like name lets through all it does for any other name; an authentication position (<c>"Bearer …"</c>,
        /// <c>Login(user, "…")</c>) asks <see cref="GenericSecrets.IsLikelyCredential"/>. A credential header's value is the
        /// header check's (the file passes on it by itself). False: the Roslyn path finds no generic secret in this literal.
        /// </summary>
        internal static bool MayBeGenericSecret(string value) =>
            GenericSecrets.IsLikelySecretValue(value, passwordName: true) || GenericSecrets.IsLikelyCredential(AuthenticationSchemes.Strip(value));

        /// <summary>
        /// A literal right after <c>Name =</c> (past parentheses) can be given no other name than Name (a declarator's, a
        /// property's, a parameter's, an assignment's, an anonymous or attribute member's; in no collection, pair or
        /// authenticating position): the generic decision for that name decides, as SecretDecision will. Elsewhere the
        /// value is asked for any name it may get.
        /// </summary>
        private static bool MayBeReceivedSecret(List<LexToken> tokens, int literal, string value)
        {
            int at = literal - 1;
            while (at >= 0 && tokens[at].Kind == LexKind.OpenParen) at--;
            return at >= 1 && tokens[at].Kind == LexKind.Equals && tokens[at - 1].Kind == LexKind.Identifier
                ? GenericSecrets.IsLikelySecret(tokens[at - 1].Value.ToString(), value)
                : MayBeGenericSecret(value);
        }

        /// <summary>
        /// <see cref="MayBeGenericSecret"/> for each text piece of an interpolated string, read between its braces where
        /// the text as written is the value: a regular <c>$"…"</c> with no escape, no doubled brace and no literal in a hole.
        /// Any other (verbatim, raw, escaped) may be one. A hole's text read as a piece only lets more through.
        /// </summary>
        private static bool InterpolatedMayBeGenericSecret(ReadOnlySpan<char> text)
        {
            int quote = text.IndexOf('"');
            if (quote < 0 || quote + 1 >= text.Length || text.Slice(0, quote).IndexOfAny('@', '"') >= 0 || text.Slice(0, quote).IndexOf("$$".AsSpan()) >= 0) return true;
            if (text[text.Length - 1] != '"' || text.Length < quote + 2) return true;
            ReadOnlySpan<char> body = text.Slice(quote + 1, text.Length - quote - 2);
            if (body.IndexOfAny('\\', '"') >= 0 || body.IndexOf("{{".AsSpan()) >= 0 || body.IndexOf("}}".AsSpan()) >= 0) return true;
            int start = 0;
            for (int i = 0; i <= body.Length; i++)
            {
                if (i < body.Length && body[i] != '{' && body[i] != '}') continue;
                if (i > start && MayBeGenericSecret(body.Slice(start, i - start).ToString())) return true;
                start = i + 1;
            }

            return false;
        }

        private static bool HasHeadersAdd(List<LexToken> tokens)
        {
            for (int i = 0; i < tokens.Count; i++)
            {
                if (tokens[i].Kind == LexKind.Identifier && IsHeadersAdd(tokens[i], tokens, i)) return true;
            }

            return false;
        }

        // request.Headers.Add, client.DefaultRequestHeaders.TryAddWithoutValidation: the receivers CSharpSecretFinder reads.
        [MethodImpl(MethodImplOptions.AggressiveOptimization)]
        private static bool IsHeadersAdd(LexToken method, List<LexToken> tokens, int index) =>
            (method.Value.SequenceEqual("Add".AsSpan()) || method.Value.SequenceEqual("TryAddWithoutValidation".AsSpan()))
            && Before(tokens, index, 0).Kind == LexKind.Dot
            && Before(tokens, index, 1) is { Kind: LexKind.Identifier } receiver && receiver.Value.EndsWith("Headers".AsSpan(), StringComparison.Ordinal);

        // Each text piece of an interpolated string is a value of its own (the holes split them); holes are tried too.
        private static bool IsSecretShaped(LexToken token, bool interpolated)
        {
            if (!interpolated) return GenericSecrets.CouldBeSecretUnderSomeName(token.Source, token.Start, token.Length);
            string value = token.Source;
            int start = token.Start, end = token.Start + token.Length;
            for (int i = token.Start; i <= end; i++)
            {
                if (i < end && value[i] != '{' && value[i] != '}') continue;
                if (GenericSecrets.CouldBeSecretUnderSomeName(value, start, i - start)) return true;
                start = i + 1;
            }

            return false;
        }

        // The headers CredentialSinks names, looked up by a span of the text: asked of every literal, so no string is made for it.
        private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> CredentialHeaders =
            new HashSet<string>(CredentialSinks.CredentialHeaders, StringComparer.OrdinalIgnoreCase).GetAlternateLookup<ReadOnlySpan<char>>();

        // The headers' last characters with the ASCII case bit set: a literal ending in any other ASCII character is none
        // of them (the names are ASCII), found without hashing it.
        private static readonly string CredentialHeaderEnds = new string(CredentialSinks.CredentialHeaders.Select(header => (char)(header[header.Length - 1] | 0x20)).Distinct().ToArray());

        private static bool IsCredentialHeader(ReadOnlySpan<char> value) =>
            value.Length > 0 && value.Length <= 40 && (value[value.Length - 1] >= 128 || CredentialHeaderEnds.IndexOf((char)(value[value.Length - 1] | 0x20)) >= 0) && CredentialHeaders.Contains(value);

        private static bool IsCredentialHeader(string text, int start, int length) => IsCredentialHeader(text.AsSpan(start, length));

        // "Authorization" and "…-Key" headers name a credential without one of the secret words.
        private static bool IsCredentialHeaderWord(ReadOnlySpan<char> text) =>
            text.IndexOf("Authorization".AsSpan(), StringComparison.OrdinalIgnoreCase) >= 0 || text.IndexOf("-Key".AsSpan(), StringComparison.OrdinalIgnoreCase) >= 0;

        // The same word split as SecretNames (letters, camel-case breaks): any name is a run of these words.
        [MethodImpl(MethodImplOptions.AggressiveOptimization)]
        private static bool HasSecretWord(ReadOnlySpan<char> all)
        {
            ReadOnlySpan<char> previous = default;
            int start = -1;
            for (int i = 0; i <= all.Length; i++)
            {
                bool boundary = i == all.Length || !char.IsLetter(all[i]);
                bool camelBreak = !boundary && i > 0 && char.IsUpper(all[i]) && char.IsLower(all[i - 1]);
                if ((boundary || camelBreak) && start >= 0)
                {
                    ReadOnlySpan<char> word = all.Slice(start, i - start);
                    if (word.Length >= 3 && word.Length <= 12)
                    {
                        if (IsOneOf(word, SecretWords)) return true;
                        if (word.Equals("key".AsSpan(), StringComparison.OrdinalIgnoreCase) && IsOneOf(previous, KeyQualifiers)) return true;
                    }

                    previous = word;
                    start = -1;
                }

                if (!boundary && start < 0) start = i;
            }

            return false;
        }

        [MethodImpl(MethodImplOptions.AggressiveOptimization)]
        private static bool IsOneOf(ReadOnlySpan<char> word, string[] words)
        {
            foreach (string candidate in words)
            {
                if (word.Length == candidate.Length && word.Equals(candidate.AsSpan(), StringComparison.OrdinalIgnoreCase)) return true;
            }

            return false;
        }
    }
}
