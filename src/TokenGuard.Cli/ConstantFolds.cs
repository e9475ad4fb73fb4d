using System;
using System.Collections.Generic;
using System.Text;
using TokenGuard.Detection;

namespace TokenGuard.Cli
{
    /// <summary>
    /// The values of a C# file's constant folds, computed from the prefilter's tokens without a parse: whether one holds a
    /// known token. <see cref="CSharpSecretFinder"/> reports a fold (an addition, or an interpolated string, that is not
    /// part of another) only for a known token <see cref="TokenScanner"/> finds in the value <see cref="SameFileConstants"/>
    /// gives it; when every such value is computed here and none holds a token, the folds can report nothing.
    /// <para>
    /// Every chain of <c>+</c> the tokens show is a candidate (those inside parentheses, arguments and holes as well:
    /// extra candidates only let more through), and every interpolated string. An operand is a literal, an interpolated
    /// string whose holes fold, a parenthesised chain, <c>nameof(A.B)</c>, or a name (alone or after a dot, whatever is left
    /// of the dot): the value of the const the file declares under that name, which is no value when the name is declared
    /// twice differently or in a cycle. Anything else in a chain (a call, an index, a cast, another operator's operand) has no
    /// value, and neither has the chain, as <see cref="SameFileConstants"/> folds it. A chain is read where it starts: a token
    /// before its first operand (an operator of any precedence, a cast) can only leave its value as read here or take it
    /// away. After the last operand only postfix operators can change it, and they are read as Roslyn reads them.
    /// </para>
    /// <para>
    /// A shape this reading is unsure of (a generic name followed by a member, <c>new</c> in a chain, a raw interpolated
    /// string, a comment in a hole, a value over <see cref="MaxValueLength"/>, unbalanced brackets) makes the whole file
    /// "may hold": <see cref="FoldPrefilter"/>'s answer stands.
    /// </para>
    /// </summary>
    internal sealed class ConstantFolds
    {
        // A const doubled 32 times over is exponential: past this, the value is not computed (the file passes).
        private const int MaxValueLength = 1 << 16;

        // Parentheses, holes and consts nested deeper than this are not read (the file passes): the stack stays small.
        private const int MaxNesting = 100;

        // Reserved keywords that are an expression's start, read as names (this.A, typeof(T).Name, string.Empty, true, null).
        private static readonly HashSet<string> ExpressionKeywords = new HashSet<string>(StringComparer.Ordinal)
        {
            "this", "base", "typeof", "default", "sizeof", "checked", "unchecked", "true", "false", "null",
            "string", "object", "bool", "char", "byte", "sbyte", "short", "ushort", "int", "uint", "long", "ulong", "float", "double", "decimal",
        };

        private static readonly HashSet<string> ReservedKeywords = new HashSet<string>(StringComparer.Ordinal)
        {
            "abstract", "as", "base", "bool", "break", "byte", "case", "catch", "char", "checked", "class", "const", "continue", "decimal",
            "default", "delegate", "do", "double", "else", "enum", "event", "explicit", "extern", "false", "finally", "fixed", "float", "for",
            "foreach", "goto", "if", "implicit", "in", "int", "interface", "internal", "is", "lock", "long", "namespace", "new", "null", "object",
            "operator", "out", "override", "params", "private", "protected", "public", "readonly", "ref", "return", "sbyte", "sealed", "short",
            "sizeof", "stackalloc", "static", "string", "struct", "switch", "this", "throw", "true", "try", "typeof", "uint", "ulong", "unchecked",
            "unsafe", "ushort", "using", "virtual", "void", "volatile", "while",
        };

        // Words after a parenthesised expression that make it no cast: "(A) is B" is A's value compared.
        private static readonly HashSet<string> AfterParenthesized = new HashSet<string>(StringComparer.Ordinal)
        {
            "is", "as", "switch", "with", "and", "or", "when", "in", "on", "equals", "into", "by", "ascending", "descending", "select", "where",
            "orderby", "group", "join", "let",
        };

        private readonly List<LexToken> _tokens;
        private readonly int _end; // the end-of-file token's index: tokens before it are read
        private readonly int[] _closing;
        private readonly File _file;

        private ConstantFolds(List<LexToken> tokens, File file)
        {
            _tokens = tokens;
            _end = tokens.Count > 0 && tokens[tokens.Count - 1].Kind == LexKind.Other && tokens[tokens.Count - 1].Source is null ? tokens.Count - 1 : tokens.Count;
            _closing = Closing(tokens, _end);
            _file = file;
        }

        /// <summary>
        /// False proves that no fold of the file the Roslyn path reads yields a known token; true when one may (a value
        /// holds one, or some shape was not read).
        /// </summary>
        public static bool MayHoldToken(List<LexToken> tokens)
        {
            var file = new File();
            var folds = new ConstantFolds(tokens, file);
            file.Main = folds;
            if (folds._closing.Length == 0 && folds._end > 0 || !folds.ReadDeclarations()) return true;
            folds.Walk(0, folds._end);
            return file.Decided;
        }

        /// <summary>Every value computed as a candidate (for tests), or null when some shape was not read.</summary>
        internal static IReadOnlyCollection<string>? CandidateValues(List<LexToken> tokens)
        {
            var file = new File { KeepGoing = true };
            var folds = new ConstantFolds(tokens, file);
            file.Main = folds;
            if (folds._closing.Length == 0 && folds._end > 0 || !folds.ReadDeclarations()) return null;
            folds.Walk(0, folds._end);
            return file.Unsure ? null : file.Seen;
        }

        /// <summary>What one file's reading shares: its consts, the values already scanned, and the answer.</summary>
        private sealed class File
        {
            public ConstantFolds Main = null!;
            public readonly Dictionary<string, Declaration> Constants = new Dictionary<string, Declaration>(StringComparer.Ordinal);
            public readonly HashSet<string> Seen = new HashSet<string>(StringComparer.Ordinal);
            public bool Unsure, Found, KeepGoing;
            public int Nesting, Evaluating;

            public bool Decided => Unsure || Found && !KeepGoing;
        }

        private sealed class Declaration
        {
            public int Start, End; // the initializer's tokens
            public bool Ambiguous, Resolving, Done;
            public Fold Value;
        }

        /// <summary>A fold's value: a string, none (not a constant string), or unknown (a shape this reading is unsure of).</summary>
        private readonly struct Fold
        {
            private Fold(string? value, bool unknown)
            {
                Value = value;
                IsUnknown = unknown;
            }

            public string? Value { get; }

            public bool IsUnknown { get; }

            public static Fold None => default;

            public static Fold Unknown => new Fold(null, unknown: true);

            public static Fold Of(string value) => value.Length > MaxValueLength ? Unknown : new Fold(value, unknown: false);

            public static Fold Concat(Fold left, Fold right) =>
                left.IsUnknown || right.IsUnknown ? Unknown : left.Value is null || right.Value is null ? None : Of(left.Value + right.Value);
        }

        private void Report(Fold fold)
        {
            if (fold.IsUnknown) _file.Unsure = true;
            else if (fold.Value is string value && _file.Seen.Add(value) && TokenScanner.Default.Scan(value).Count > 0) _file.Found = true;
        }

        // For each (, [ and {: the index of its closing token; an empty array when they do not balance.
        private static int[] Closing(List<LexToken> tokens, int end)
        {
            var closing = new int[end];
            var open = new Stack<int>();
            for (int i = 0; i < end; i++)
            {
                closing[i] = -1;
                LexToken token = tokens[i];
                char opens = Opening(token);
                if (opens != '\0')
                {
                    open.Push(i);
                    continue;
                }

                char closes = token.Kind == LexKind.CloseParen ? '(' : token.Kind == LexKind.CloseBracket ? '[' : Is(token, "}") ? '{' : '\0';
                if (closes == '\0') continue;
                if (open.Count == 0 || Opening(tokens[open.Peek()]) != closes) return Array.Empty<int>();
                closing[open.Pop()] = i;
            }

            return open.Count == 0 ? closing : Array.Empty<int>();
        }

        private static char Opening(LexToken token) => token.Kind == LexKind.OpenParen ? '(' : Is(token, "[") ? '[' : Is(token, "{") ? '{' : '\0';

        private static bool Is(LexToken token, string text) => token.Kind == LexKind.Other && token.Value.SequenceEqual(text.AsSpan());

        private static bool IsWord(LexToken token, string word) => token.Kind == LexKind.Identifier && token.Value.SequenceEqual(word.AsSpan());

        // A numeric or character literal (the lexer keeps no value for them).
        private static bool IsNumberOrCharacter(LexToken token) => token.Kind == LexKind.Other && token.Source is null;

        private LexToken At(int i) => i < _end ? _tokens[i] : default;

        /// <summary>
        /// The const declarations (<c>const T A = …, B = …;</c>): each name's initializer tokens. False when one is not
        /// read whole: a const this reading missed could be what a fold adds.
        /// </summary>
        private bool ReadDeclarations()
        {
            for (int i = 0; i < _end; i++)
            {
                if (!IsWord(_tokens[i], "const")) continue;
                int k = i + 1;
                while (k < _end && !(_tokens[k].Kind == LexKind.Identifier && At(k + 1).Kind == LexKind.Equals))
                {
                    if (!IsTypeToken(_tokens[k])) return false;
                    k++;
                }

                while (true)
                {
                    if (k >= _end || _tokens[k].Kind != LexKind.Identifier || At(k + 1).Kind != LexKind.Equals) return false;
                    int start = k + 2, end = start;
                    while (end < _end && _tokens[end].Kind != LexKind.Comma && _tokens[end].Kind != LexKind.Semicolon) end = _closing[end] >= 0 ? _closing[end] + 1 : end + 1;
                    if (end >= _end || end == start) return false;
                    Declare(_tokens[k].Value.ToString(), start, end);
                    k = end + 1;
                    if (_tokens[end].Kind == LexKind.Semicolon) break;
                }

                i = k - 1;
            }

            return true;
        }

        private static bool IsTypeToken(LexToken token) =>
            token.Kind == LexKind.Identifier || token.Kind == LexKind.Dot || token.Kind == LexKind.Comma || token.Kind == LexKind.CloseBracket
            || Is(token, "<") || Is(token, ">") || Is(token, "?") || Is(token, "::") || Is(token, "[") || Is(token, "*");

        private void Declare(string name, int start, int end)
        {
            if (!_file.Constants.TryGetValue(name, out Declaration? seen))
            {
                _file.Constants[name] = new Declaration { Start = start, End = end };
                return;
            }

            // Declared twice: the same initializer keeps its value (as the same text does for Roslyn); another has none.
            if (seen.End - seen.Start != end - start) seen.Ambiguous = true;
            for (int j = 0; !seen.Ambiguous && j < end - start; j++) seen.Ambiguous = !_tokens[seen.Start + j].Equals(_tokens[start + j]);
        }

        private Fold Named(string name)
        {
            if (!_file.Constants.TryGetValue(name, out Declaration? declaration) || declaration.Ambiguous || declaration.Resolving) return Fold.None;
            if (declaration.Done) return declaration.Value;
            declaration.Resolving = true;
            _file.Evaluating++;
            int end = _file.Main.Chain(declaration.Start, declaration.End, out Fold value);
            _file.Evaluating--;
            if (end != declaration.End && !value.IsUnknown) value = Fold.None; // more than a chain: no constant string
            declaration.Resolving = false;
            declaration.Done = true;
            declaration.Value = value;
            return value;
        }

        /// <summary>
        /// Reads every chain in [from, to), each a candidate; tokens that start none are stepped over. Not while a const's
        /// value is computed: the main walk reads those tokens, and names in arguments are no part of the value (a name read
        /// there while its const is being computed would be taken for a cycle).
        /// </summary>
        private void Walk(int from, int to)
        {
            if (_file.Evaluating > 0) return;
            int i = from;
            while (i < to && !_file.Decided)
            {
                int next = StartsOperand(i) ? Chain(i, to, out _) : i;
                i = next > i ? next : i + 1;
            }
        }

        private bool StartsOperand(int i)
        {
            LexToken token = _tokens[i];
            switch (token.Kind)
            {
                case LexKind.StringLiteral:
                case LexKind.InterpolatedString:
                case LexKind.OpenParen:
                    return true;
                case LexKind.Identifier:
                    return !IsReserved(token) || ExpressionKeywords.Contains(token.Value.ToString()) || IsWord(token, "new");
                case LexKind.Dot:
                    return At(i + 1).Kind == LexKind.Identifier;
                default:
                    return false;
            }
        }

        private static bool IsReserved(LexToken token) => ReservedKeywords.Contains(token.Value.ToString());

        /// <summary>A reserved C# keyword (written as it is: the lexer gives @class as class, so that reads as one too).</summary>
        internal static bool IsReservedKeyword(LexToken token) => token.Kind == LexKind.Identifier && IsReserved(token);

        /// <summary>
        /// A chain of operands joined by '+' from <paramref name="start"/> (which starts an operand): its value, reported
        /// when there is a '+'. Returns where the chain ends.
        /// </summary>
        private int Chain(int start, int to, out Fold value)
        {
            if (++_file.Nesting > MaxNesting)
            {
                _file.Nesting--;
                value = Fold.Unknown;
                _file.Unsure = true;
                return to;
            }

            int p = Operand(start, to, afterPlus: false, out value);
            bool plus = false;
            while (p < to && _tokens[p].Kind == LexKind.Plus && !_file.Decided)
            {
                plus = true;
                p = Operand(p + 1, to, afterPlus: true, out Fold next);
                value = Fold.Concat(value, next);
            }

            // After the last operand of a chain, a generic name's type arguments followed by a member or call (A + B<T>.C):
            // the last operand is not what was read.
            if (plus && p < to && Is(_tokens[p], "<") && TypeArgumentsEnd(p, namesOnly: false) is int close && IsPostfixStart(At(close + 1))) value = Fold.Unknown;
            if (plus) Report(value);
            _file.Nesting--;
            return p;
        }

        /// <summary>An operand from <paramref name="p"/> with its postfix operators; returns where it ends.</summary>
        private int Operand(int p, int to, bool afterPlus, out Fold value)
        {
            value = Fold.None;
            if (p >= to) return p;
            LexToken token = _tokens[p];
            switch (token.Kind)
            {
                case LexKind.StringLiteral:
                    value = Fold.Of(token.Value.ToString());
                    return Postfix(p + 1, to, ref value);
                case LexKind.InterpolatedString:
                    value = Interpolated(token);
                    Report(value); // an interpolated string is a fold of its own wherever it is
                    return Postfix(p + 1, to, ref value);
                case LexKind.OpenParen:
                    return Parenthesized(p, to, afterPlus, out value);
                case LexKind.Identifier when IsWord(token, "nameof") && At(p + 1).Kind == LexKind.OpenParen:
                    int close = _closing[p + 1];
                    value = NameOf(p + 2, close);
                    return Postfix(close + 1, to, ref value);
                case LexKind.Identifier when !IsReserved(token) || ExpressionKeywords.Contains(token.Value.ToString()):
                    value = Named(token.Value.ToString());
                    return Postfix(p + 1, to, ref value);
                case LexKind.Identifier when IsWord(token, "new"):
                    return Created(p, to, out value);
                case LexKind.Identifier:
                    // stackalloc, ref, throw …: a primary this reading does not follow.
                    if (afterPlus) value = Fold.Unknown;
                    return p;
                case LexKind.Dot when !afterPlus && At(p + 1).Kind == LexKind.Identifier:
                    // The member of something read before (A<T>.B, x[0].B, new X().B): the name decides.
                    value = Named(_tokens[p + 1].Value.ToString());
                    return Postfix(p + 2, to, ref value);
                case LexKind.Other when afterPlus && IsNumberOrCharacter(token):
                    return Postfix(p + 1, to, ref value); // 'c' + …, 1.ToString(): no string constant, but 1.X is X
                case LexKind.Other when afterPlus && IsPrefixOperator(token):
                    return p; // -x, !x, ~x, ++x, ^x, &x, *x: no string constant; the rest is read as a chain of its own
                case LexKind.Plus when afterPlus:
                    return p; // +x
                default:
                    if (afterPlus) value = Fold.Unknown;
                    return p;
            }
        }

        /// <summary>
        /// new T(…) or new T { … }: no constant string, and its arguments' chains are read; a postfix
        /// operator after it is read as after any operand (new T().Name is Name's constant).
        /// </summary>
        private int Created(int p, int to, out Fold value)
        {
            value = Fold.Unknown;
            int j = p + 1;
            while (j < to && (_tokens[j].Kind == LexKind.Identifier || _tokens[j].Kind == LexKind.Dot || Is(_tokens[j], "::"))) j++;
            if (j < to && Is(_tokens[j], "<"))
            {
                if (!(TypeArgumentsEnd(j, namesOnly: false) is int close) || close >= to) return p;
                j = close + 1;
            }

            bool any = false;
            foreach (string open in new[] { "(", "{" })
            {
                if (j >= to || !(open == "(" ? _tokens[j].Kind == LexKind.OpenParen : Is(_tokens[j], open))) continue;
                int close = _closing[j];
                if (close < 0 || close >= to) return p;
                Walk(j + 1, close);
                j = close + 1;
                any = true;
            }

            if (!any) return p;
            value = Fold.None;
            return Postfix(j, to, ref value); // new T().Name is Name's constant
        }

        private static bool IsPrefixOperator(LexToken token) =>
            Is(token, "-") || Is(token, "!") || Is(token, "~") || Is(token, "++") || Is(token, "--") || Is(token, "^") || Is(token, "&") || Is(token, "*");

        /// <summary>(chain), or a cast (T)x (no value), or parentheses that are no expression (a statement's, a lambda's).</summary>
        private int Parenthesized(int open, int to, bool afterPlus, out Fold value)
        {
            int close = _closing[open];
            if (close < 0 || close >= to)
            {
                value = Fold.Unknown;
                _file.Unsure = true;
                return to;
            }

            value = Fold.None;
            if (open + 1 < close)
            {
                int end = Chain(open + 1, close, out value);
                if (end != close)
                {
                    // Not one chain (a tuple, a statement's parentheses, another operator): its own chains are read, no value.
                    if (!value.IsUnknown) value = Fold.None;
                    Walk(end, close);
                }
            }

            LexToken next = At(close + 1);
            bool cast = next.Kind == LexKind.StringLiteral || next.Kind == LexKind.InterpolatedString || next.Kind == LexKind.OpenParen
                || next.Kind == LexKind.Identifier && !AfterParenthesized.Contains(next.Value.ToString())
                || IsNumberOrCharacter(next) && close + 1 < _end || Is(next, "!") || Is(next, "~");
            if (cast)
            {
                // (T)x: a cast has no value, nor has a chain it is in; its operand is read as a chain of its own.
                value = Fold.None;
                return close + 1;
            }

            return Postfix(close + 1, to, ref value);
        }

        /// <summary>nameof(A), nameof(A.B.C): the last name, as the compiler folds it; other arguments are not read.</summary>
        private Fold NameOf(int from, int close)
        {
            if (close < 0 || from >= close || (close - from) % 2 == 0) return Fold.Unknown;
            for (int j = from; j < close; j += 2)
            {
                if (_tokens[j].Kind != LexKind.Identifier || j + 1 < close && _tokens[j + 1].Kind != LexKind.Dot) return Fold.Unknown;
            }

            return Fold.Of(_tokens[close - 1].Value.ToString());
        }

        /// <summary>
        /// The postfix operators after an operand, as Roslyn reads them: a member access (.Name) is that name's
        /// constant, a call or an index has no value (its arguments' chains are read), and so have x!, x++, x?.y, p-&gt;y, a::B.
        /// </summary>
        private int Postfix(int p, int to, ref Fold value)
        {
            bool conditional = false; // after ?. the whole access has no value
            while (p < to)
            {
                LexToken token = _tokens[p];
                if (token.Kind == LexKind.Dot)
                {
                    if (At(p + 1).Kind != LexKind.Identifier)
                    {
                        value = Fold.Unknown;
                        return p;
                    }

                    value = conditional ? Fold.None : Named(_tokens[p + 1].Value.ToString());
                    p += 2;
                }
                else if (token.Kind == LexKind.OpenParen || Is(token, "["))
                {
                    int close = _closing[p];
                    if (close < 0 || close >= to)
                    {
                        value = Fold.Unknown;
                        return to;
                    }

                    Walk(p + 1, close);
                    if (!value.IsUnknown) value = Fold.None;
                    p = close + 1;
                }
                else if (Is(token, "!") || Is(token, "++") || Is(token, "--"))
                {
                    if (!value.IsUnknown) value = Fold.None;
                    p++;
                }
                else if ((Is(token, "->") || Is(token, "::")) && At(p + 1).Kind == LexKind.Identifier)
                {
                    if (!value.IsUnknown) value = Fold.None;
                    p += 2;
                }
                else if (Is(token, "?") && At(p + 1).Kind == LexKind.Dot)
                {
                    conditional = true;
                    if (!value.IsUnknown) value = Fold.None;
                    p++;
                }
                else if (Is(token, "<") && TypeArgumentsEnd(p, namesOnly: true) is int close && (At(close + 1).Kind == LexKind.Dot || At(close + 1).Kind == LexKind.OpenParen))
                {
                    // F<T>(…), A<T>.B: type arguments Roslyn reads as such before '(' or '.'; the name before them is no value.
                    if (!value.IsUnknown) value = Fold.None;
                    p = close + 1;
                }
                else if (Is(token, "?") && Is(At(p + 1), "["))
                {
                    value = Fold.Unknown; // x?[i], or a conditional whose branch is a collection expression
                    return p;
                }
                else
                {
                    return p;
                }
            }

            return p;
        }

        private static bool IsPostfixStart(LexToken token) =>
            token.Kind == LexKind.Dot || token.Kind == LexKind.OpenParen || Is(token, "[") || Is(token, "!") || Is(token, "?") || Is(token, "++") || Is(token, "--") || Is(token, "->") || Is(token, "::");

        /// <summary>
        /// Where type arguments from the '&lt;' at <paramref name="open"/> close, when the tokens may be some; else null.
        /// <paramref name="namesOnly"/>: only names, dots, commas, nullable marks and nested type arguments (what Roslyn
        /// reads as type arguments before '(' or '.'); else any token a type may hold, parentheses included.
        /// </summary>
        private int? TypeArgumentsEnd(int open, bool namesOnly)
        {
            int depth = 0;
            for (int j = open; j < _end; j++)
            {
                LexToken token = _tokens[j];
                if (Is(token, "<")) depth++;
                else if (Is(token, ">") && --depth == 0) return j;
                else if (namesOnly ? !IsNamePartOfTypeArguments(j, open) : !(token.Kind == LexKind.OpenParen || token.Kind == LexKind.CloseParen || IsTypeToken(token))) return null;
            }

            return null;
        }

        private bool IsNamePartOfTypeArguments(int index, int open)
        {
            LexToken token = _tokens[index];
            return token.Kind == LexKind.Identifier || token.Kind == LexKind.Dot || token.Kind == LexKind.Comma
                || Is(token, "?") && index > open && _tokens[index - 1].Kind == LexKind.Identifier;
        }

        /// <summary>
        /// $"…", $@"…" or @$"…": its text pieces (as <see cref="AppendPiece"/> reads them) and its holes' values, each hole's
        /// chains read as candidates too. A hole with an alignment or a format has no value (nor has the string). Raw and
        /// $$ strings, and holes with a comment or a verbatim or interpolated string, are not read.
        /// </summary>
        private Fold Interpolated(LexToken token)
        {
            string text = token.Value.ToString();
            int quote = text.IndexOf('"');
            string prefix = quote < 0 ? "" : text.Substring(0, quote);
            bool verbatim = prefix == "$@" || prefix == "@$";
            if ((prefix == "$" || prefix == "$$") && string.CompareOrdinal(text, quote, "\"\"\"", 0, 3) == 0) return RawInterpolated(text, dollars: prefix.Length, quote);
            if (!verbatim && prefix != "$" || text.Length < quote + 2 || text[text.Length - 1] != '"' || text.IndexOf("\"\"\"", StringComparison.Ordinal) >= 0 && !verbatim) return Fold.Unknown;
            int bodyEnd = text.Length - 1;
            var value = new StringBuilder();
            var piece = new StringBuilder();
            bool hasValue = true;
            int i = quote + 1;
            while (i < bodyEnd)
            {
                char c = text[i];
                if ((c == '{' || c == '}') && i + 1 < bodyEnd && text[i + 1] == c)
                {
                    piece.Append(c, 2);
                    i += 2;
                    continue;
                }

                if (c == '}') return Fold.Unknown;
                if (c != '{')
                {
                    piece.Append(c);
                    if (!verbatim && c == '\\' && i + 1 < bodyEnd)
                    {
                        piece.Append(text[i + 1]);
                        i++;
                    }

                    i++;
                    continue;
                }

                if (!AppendPiece(value, piece, verbatim)) return Fold.Unknown;
                int holeEnd = HoleEnd(text, i + 1, bodyEnd, out int expressionEnd);
                if (holeEnd < 0) return Fold.Unknown;
                Fold hole = Hole(text.Substring(i + 1, expressionEnd - i - 1));
                if (hole.IsUnknown) return Fold.Unknown;
                if (hole.Value is null || expressionEnd != holeEnd) hasValue = false;
                else value.Append(hole.Value);
                if (value.Length > MaxValueLength) return Fold.Unknown;
                i = holeEnd + 1;
            }

            if (!AppendPiece(value, piece, verbatim)) return Fold.Unknown;
            return hasValue ? Fold.Of(value.ToString()) : Fold.None;
        }

        /// <summary>
        /// A raw interpolated string ($"""…""", $$"""…"""), as Roslyn reads it: on one line, the text between the quote runs;
        /// over several, the lines between the opening and the closing line, each without the closing line's indentation
        /// (line breaks as written). Braces fewer than the dollars are text; as many open a hole. Anything else is not read.
        /// </summary>
        private Fold RawInterpolated(string text, int dollars, int quote)
        {
            int quotes = 0;
            while (quote + quotes < text.Length && text[quote + quotes] == '"') quotes++;
            int start = quote + quotes, end = text.Length - quotes;
            if (end < start || string.CompareOrdinal(text, end, text, quote, quotes) != 0) return Fold.Unknown;
            int firstBreak = text.IndexOfAny(new[] { '\r', '\n' }, start, end - start);
            string indentation = "";
            if (firstBreak >= 0)
            {
                // Over several lines: the first is blank, the closing line is its indentation alone.
                if (text.Substring(start, firstBreak - start).Trim(' ', '\t').Length > 0) return Fold.Unknown;
                start = text[firstBreak] == '\r' && firstBreak + 1 < end && text[firstBreak + 1] == '\n' ? firstBreak + 2 : firstBreak + 1;
                if (text[firstBreak] == '\r' && start == firstBreak + 1) return Fold.Unknown;
                int closingLine = end;
                while (closingLine > start && (text[closingLine - 1] == ' ' || text[closingLine - 1] == '\t')) closingLine--;
                if (closingLine <= start || text[closingLine - 1] != '\n') return Fold.Unknown;
                indentation = text.Substring(closingLine, end - closingLine);
                end = closingLine - 1;
                if (end > start && text[end - 1] == '\r') end--;
            }

            var value = new StringBuilder();
            bool hasValue = true, lineStart = firstBreak >= 0;
            for (int i = start; i < end;)
            {
                char c = text[i];
                if (lineStart)
                {
                    lineStart = false;
                    if (string.CompareOrdinal(text, i, indentation, 0, indentation.Length) == 0 && i + indentation.Length <= end) i += indentation.Length;
                    else if (c != '\n' && c != '\r') return Fold.Unknown; // a line indented otherwise (Roslyn's error, or a blank line's whitespace)
                    continue;
                }

                if (c == '\r' || c == '\n')
                {
                    int length = c == '\r' && i + 1 < end && text[i + 1] == '\n' ? 2 : 1;
                    if (c == '\r' && length == 1) return Fold.Unknown;
                    value.Append(text, i, length);
                    i += length;
                    lineStart = true;
                    continue;
                }

                if (c == '}' && dollars == 1) return Fold.Unknown;
                if (c != '{')
                {
                    value.Append(c);
                    i++;
                    continue;
                }

                int run = 0;
                while (i + run < end && text[i + run] == '{') run++;
                if (run < dollars)
                {
                    value.Append('{', run); // braces of the text
                    i += run;
                    continue;
                }

                if (run != dollars) return Fold.Unknown;
                int holeEnd = HoleEnd(text, i + run, end, out int expressionEnd);
                if (holeEnd < 0 || holeEnd + dollars > end || string.CompareOrdinal(text, holeEnd, new string('}', dollars), 0, dollars) != 0) return Fold.Unknown;
                Fold hole = Hole(text.Substring(i + run, expressionEnd - i - run));
                if (hole.IsUnknown) return Fold.Unknown;
                if (hole.Value is null || expressionEnd != holeEnd) hasValue = false;
                else value.Append(hole.Value);
                if (value.Length > MaxValueLength) return Fold.Unknown;
                i = holeEnd + dollars;
            }

            return hasValue ? Fold.Of(value.ToString()) : Fold.None;
        }

        // A text piece as Roslyn's ValueText gives it: escapes ("" in a verbatim string) decoded, doubled braces kept doubled.
        private static bool AppendPiece(StringBuilder value, StringBuilder piece, bool verbatim)
        {
            if (piece.Length == 0) return true;
            string raw = piece.ToString();
            piece.Clear();
            if (verbatim)
            {
                value.Append(raw.Replace("\"\"", "\""));
                return true;
            }

            if (raw.IndexOf('\\') < 0)
            {
                value.Append(raw);
                return true;
            }

            var tokens = new List<LexToken>(2);
            if (!CSharpLiteralLexer.TryLex("\"" + raw + "\"", tokens) || tokens.Count != 2 || tokens[0].Kind != LexKind.StringLiteral) return false;
            value.Append(tokens[0].Value);
            return true;
        }

        /// <summary>
        /// Where the hole from <paramref name="from"/> (after its '{') closes, and where its expression ends (an alignment's
        /// ',' or a format's ':' at depth 0, else the '}'); -1 for what is not read here.
        /// </summary>
        private static int HoleEnd(string text, int from, int limit, out int expressionEnd)
        {
            expressionEnd = -1;
            int depth = 0;
            for (int j = from; j < limit; j++)
            {
                char c = text[j];
                switch (c)
                {
                    case '"':
                        j = StringEnd(text, from, j, limit);
                        if (j < 0) return -1;
                        break;
                    case '\'':
                        for (j++; j < limit && text[j] != '\''; j++)
                        {
                            if (text[j] == '\\') j++;
                        }

                        if (j >= limit) return -1;
                        break;
                    case '/' when j + 1 < limit && (text[j + 1] == '/' || text[j + 1] == '*'):
                        return -1;
                    case '(':
                    case '[':
                    case '{':
                        depth++;
                        break;
                    case ')':
                    case ']':
                        if (--depth < 0) return -1;
                        break;
                    case '}':
                        if (depth > 0)
                        {
                            depth--;
                            break;
                        }

                        if (expressionEnd < 0) expressionEnd = j;
                        return j;
                    case ',' when depth == 0:
                        // G<A, B>.C: the parser, not the depth, tells a type argument's comma from an alignment's.
                        if (expressionEnd < 0 && text.IndexOf('<', from, j - from) >= 0) return -1;
                        if (expressionEnd < 0) expressionEnd = j;
                        break;
                    case ':' when depth == 0:
                        if (j + 1 < limit && text[j + 1] == ':')
                        {
                            j++;
                            break;
                        }

                        if (expressionEnd < 0) expressionEnd = j;
                        int close = text.IndexOf('}', j);
                        if (close < 0 || close >= limit) return -1;
                        return close;
                }
            }

            return -1;
        }

        /// <summary>
        /// The index of the closing quote of the string in a hole whose opening quote is at <paramref name="quote"/>: regular,
        /// verbatim (@"…"), interpolated ($"…", $@"…", @$"…", their holes read as these are); -1 for raw and $$ strings.
        /// </summary>
        private static int StringEnd(string text, int from, int quote, int limit)
        {
            int prefix = quote;
            while (prefix > from && (text[prefix - 1] == '@' || text[prefix - 1] == '$')) prefix--;
            string marks = text.Substring(prefix, quote - prefix);
            if (marks.Length > 2 || marks == "$$" || marks == "@@" || quote + 2 < limit && text[quote + 1] == '"' && text[quote + 2] == '"') return -1;
            bool verbatim = marks.IndexOf('@') >= 0, interpolated = marks.IndexOf('$') >= 0;
            for (int j = quote + 1; j < limit; j++)
            {
                char c = text[j];
                if (c == '\\' && !verbatim) j++;
                else if (c == '"' && verbatim && j + 1 < limit && text[j + 1] == '"') j++;
                else if (c == '"') return j;
                else if (interpolated && (c == '{' || c == '}') && j + 1 < limit && text[j + 1] == c) j++;
                else if (interpolated && c == '{' && (j = HoleEnd(text, j + 1, limit, out _)) < 0) return -1;
            }

            return -1;
        }

        // A hole's expression: lexed on its own and read as a chain; its value when it is one chain, else none.
        private Fold Hole(string expression)
        {
            var tokens = new List<LexToken>();
            if (!CSharpLiteralLexer.TryLex(expression, tokens)) return Fold.Unknown;
            var hole = new ConstantFolds(tokens, _file);
            if (hole._closing.Length == 0 && hole._end > 0) return Fold.Unknown;
            if (hole._end == 0) return Fold.None;
            if (!hole.StartsOperand(0))
            {
                hole.Walk(0, hole._end);
                return Fold.None;
            }

            int end = hole.Chain(0, hole._end, out Fold value);
            if (end == hole._end) return value;
            hole.Walk(end, hole._end);
            return value.IsUnknown ? value : Fold.None;
        }
    }
}
