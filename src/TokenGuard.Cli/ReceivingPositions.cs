using System;
using System.Collections.Generic;

namespace TokenGuard.Cli
{
    /// <summary>
    /// The receiving positions of <c>LiteralSyntax.ReceivingName</c> that the prefilter's short look back
    /// (<see cref="SourcePrefilter"/>: <c>Name = </c>, <c>Name =&gt; </c>, <c>name: </c>, <c>["Name"] = </c>, <c>"Name", </c>)
    /// does not read, from the tokens before a literal: a property's initializer (<c>Password { get; set; } = "…"</c>), a
    /// method's expression body (<c>Password() =&gt; "…"</c>), a compound assignment (<c>Password ??= "…"</c>), and an
    /// element of a collection given to a name (<c>ApiKeys = new[] { "…" }</c>, <c>Keys = ["…"]</c>, a pair's value in a
    /// dictionary initializer), collections in collections to <see cref="MaxCollectionDepth"/> as the syntax reads them.
    /// Where the tokens are too far apart to tell, the answer is true: a file is only ever let through more.
    /// </summary>
    internal static class ReceivingPositions
    {
        private const int MaxCollectionDepth = 4; // LiteralSyntax's
        private const int MaxLookBack = 4096;

        private static readonly HashSet<string> CompoundAssignments = new HashSet<string>(StringComparer.Ordinal)
        {
            "+=", "-=", "*=", "/=", "%=", "&=", "|=", "^=", "<<=", ">=", "??=",
        };

        /// <summary>Whether the expression starting at token <paramref name="start"/> is given to a secret name in one of these positions.</summary>
        public static bool MayBeGivenToSecretName(List<LexToken> tokens, int start) => IsWholeExpression(tokens, start) && MayBeGivenToSecretName(tokens, start, depth: 0);

        // The literal is the whole value (past its parentheses), not an operand: "x" + y, "x".Trim(), c ? "x" : y give it no name.
        private static bool IsWholeExpression(List<LexToken> tokens, int literal)
        {
            int opened = 0;
            while (literal - 1 - opened >= 0 && tokens[literal - 1 - opened].Kind == LexKind.OpenParen) opened++;
            int after = literal + 1;
            while (after < tokens.Count && after - literal - 1 < opened && tokens[after].Kind == LexKind.CloseParen) after++;
            if (after >= tokens.Count - 1) return true; // the end of the text (its end-of-file token)
            LexToken next = tokens[after];
            return next.Kind == LexKind.Semicolon || next.Kind == LexKind.Comma || next.Kind == LexKind.CloseParen || next.Kind == LexKind.CloseBracket || IsText(next, "}");
        }

        private static bool MayBeGivenToSecretName(List<LexToken> tokens, int start, int depth)
        {
            int at = start - 1;
            while (at >= 0 && tokens[at].Kind == LexKind.OpenParen) at--;
            if (at < 0) return false;
            LexToken separator = tokens[at];
            LexToken name = at > 0 ? tokens[at - 1] : default;
            switch (separator.Kind)
            {
                case LexKind.Equals when IsText(name, "}"):
                    // Name { get; set; } = "…": the name before the accessor list.
                    int open = Matching(tokens, at - 1, limit: 32);
                    return open < 0 || open > 0 && SourcePrefilter.IsSecretName(tokens[open - 1]);
                case LexKind.EqualsGreaterThan when name.Kind == LexKind.CloseParen:
                    // Name(…) => "…", Name<T>(…) => "…": the method's name before its parameters.
                    int parameters = Matching(tokens, at - 1, limit: MaxLookBack);
                    if (parameters < 0) return true;
                    LexToken method = parameters > 0 ? tokens[parameters - 1] : default;
                    return IsText(method, ">") || SourcePrefilter.IsSecretName(method);
                case LexKind.Equals:
                case LexKind.EqualsGreaterThan:
                case LexKind.Colon:
                    return false;
                case LexKind.Other when CompoundAssignments.Contains(separator.Value.ToString()):
                    return SourcePrefilter.IsSecretName(name.Kind == LexKind.CloseBracket ? (at > 1 ? tokens[at - 2] : default) : name);
            }

            // An element of a collection: { "…" }, [ "…" ], or after a comma in one; the collection is given to the name.
            int opener = separator.Kind == LexKind.Comma ? Enclosing(tokens, at - 1, limit: MaxLookBack) : at;
            if (opener == -1) return true;
            if (opener < 0 || !IsText(tokens[opener], "{") && !IsText(tokens[opener], "[")) return false;
            if (IsText(tokens[opener], "[") && (opener > 0 && IsIndexed(tokens[opener - 1]) || IsAssignedIndex(tokens, opener))) return false; // x["…"], { ["…"] = v }: an index, given to no name
            if (depth == MaxCollectionDepth) return false;
            int collection = CollectionStart(tokens, opener);
            if (collection == -2) return false;
            return collection < 0 || MayBeGivenToSecretName(tokens, collection, depth + 1) || SourcePrefilter.IsReceivedBySecretName(tokens, collection);
        }

        /// <summary>The index of the (, [ or { the closing token at <paramref name="close"/> matches; -1 when not found within the limit.</summary>
        private static int Matching(List<LexToken> tokens, int close, int limit)
        {
            int depth = 0;
            for (int j = close, steps = 0; j >= 0 && steps < limit; j--, steps++)
            {
                if (IsClosing(tokens[j])) depth++;
                else if (IsOpening(tokens[j]) && --depth == 0) return j;
            }

            return -1;
        }

        /// <summary>
        /// The innermost (, [ or { still open at <paramref name="from"/>; -1 when not found within the limit, -2 when a
        /// statement ends first (no expression holds the token).
        /// </summary>
        private static int Enclosing(List<LexToken> tokens, int from, int limit)
        {
            int depth = 0;
            for (int j = from, steps = 0; j >= 0 && steps < limit; j--, steps++)
            {
                LexToken token = tokens[j];
                if (IsClosing(token)) depth++;
                else if (IsOpening(token) && depth-- == 0) return j;
                else if (token.Kind == LexKind.Semicolon && depth == 0) return -2;
            }

            return -1;
        }

        private static bool IsOpening(LexToken token) => token.Kind == LexKind.OpenParen || IsText(token, "[") || IsText(token, "{");

        // What an indexer's '[' follows (a name, a call, an index, x!, x?): a collection expression's '[' follows none of them.
        private static bool IsIndexed(LexToken token) =>
            token.Kind == LexKind.Identifier && !ConstantFolds.IsReservedKeyword(token) || token.Kind == LexKind.CloseParen || token.Kind == LexKind.CloseBracket
            || IsText(token, "!") || IsText(token, "?") || IsText(token, "}");

        private static bool IsClosing(LexToken token) => token.Kind == LexKind.CloseParen || token.Kind == LexKind.CloseBracket || IsText(token, "}");

        /// <summary>
        /// Where the collection whose '{' or '[' is at <paramref name="opener"/> starts: new T[] { , new List&lt;T&gt; { ,
        /// new T(…) { , new() { , new[] { : at the new; else the opener itself. -1 when the tokens are not read.
        /// </summary>
        private static int CollectionStart(List<LexToken> tokens, int opener)
        {
            int j = opener - 1;
            for (int steps = 0; j >= 0; steps++)
            {
                if (steps == 64) return -1; // too far to tell
                LexToken token = tokens[j];
                if (token.Kind == LexKind.Identifier && token.Value.SequenceEqual("new".AsSpan())) return j;
                if (token.Kind == LexKind.CloseParen || token.Kind == LexKind.CloseBracket)
                {
                    j = Matching(tokens, j, limit: MaxLookBack);
                    if (j < 0) return -1;
                    j--;
                    continue;
                }

                if (token.Kind == LexKind.Identifier || token.Kind == LexKind.Dot || IsText(token, "<") || IsText(token, ">") || IsText(token, "?") || IsText(token, "::") || token.Kind == LexKind.Comma && j < opener - 1)
                {
                    j--;
                    continue;
                }

                break;
            }

            // No new before the type: the opener is the collection ({ … } alone after '=', a ',' or '{'; [ … ]) when
            // nothing comes between; a block's or a switch's '{' follows a name or a ')' (-2: no collection).
            return j == opener - 1 ? opener : -2;
        }

        // { ["…"] = v }: an index in an initializer, its ']' followed by an assignment.
        private static bool IsAssignedIndex(List<LexToken> tokens, int opener)
        {
            int depth = 0;
            for (int j = opener; j < tokens.Count && j - opener < MaxLookBack; j++)
            {
                LexToken token = tokens[j];
                if (IsOpening(token)) depth++;
                else if (IsClosing(token) && --depth == 0) return j + 1 < tokens.Count && (tokens[j + 1].Kind == LexKind.Equals || CompoundAssignments.Contains(tokens[j + 1].Value.ToString()));
            }

            return true;
        }

        private static bool IsText(LexToken token, string text) => token.Kind == LexKind.Other && token.Value.SequenceEqual(text.AsSpan());
    }
}
