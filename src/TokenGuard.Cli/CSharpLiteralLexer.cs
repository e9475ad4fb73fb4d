using System;
using System.Buffers;
using System.Collections.Generic;
using System.Runtime.CompilerServices;
using System.Text;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;

namespace TokenGuard.Cli
{
    /// <summary>
    /// The C# tokens <see cref="SourcePrefilter"/> reads, from a hand-written lexer about ten times faster than Roslyn's
    /// (which builds a token object with trivia for every word of the file). It gives exactly the tokens Roslyn's lexer
    /// gives, in <see cref="LexKind"/>s, for the C# it knows: ASCII code, comments, #region, #pragma and #nullable lines,
    /// regular, verbatim, raw, UTF-8 and interpolated strings, character and numeric literals. For anything else (#if,
    /// raw interpolated strings, non-ASCII identifiers, text that is not valid C#) it declines, and Roslyn's lexer reads the file:
    /// a file is never read differently, only faster (<c>CSharpLiteralLexerTests</c> compares both on real repositories).
    /// </summary>
    internal static class CSharpLiteralLexer
    {
        private static readonly CSharpParseOptions LexOptions = new CSharpParseOptions(LanguageVersion.Preview, DocumentationMode.None);

        /// <summary>The tokens of <paramref name="text"/>, from the fast lexer or, where it declines, Roslyn's.</summary>
        public static void Lex(string text, List<LexToken> tokens)
        {
            tokens.Clear();
            if (TryLex(text, tokens)) return;
            long started = ScanProfile.Start();
            tokens.Clear();
            LexWithRoslyn(text, tokens);
            ScanProfile.Add(ScanProfile.Stage.RoslynLexer, started, text.Length);
        }

        /// <summary>Roslyn's lexer, its tokens mapped to <see cref="LexKind"/>s (the end-of-file token included).</summary>
        public static void LexWithRoslyn(string text, List<LexToken> tokens)
        {
            foreach (SyntaxToken token in SyntaxFactory.ParseTokens(text, options: LexOptions)) tokens.Add(Map(token));
        }

        private static LexToken Map(SyntaxToken token)
        {
            switch (token.Kind())
            {
                case SyntaxKind.StringLiteralToken:
                case SyntaxKind.Utf8StringLiteralToken:
                case SyntaxKind.SingleLineRawStringLiteralToken:
                case SyntaxKind.Utf8SingleLineRawStringLiteralToken:
                case SyntaxKind.MultiLineRawStringLiteralToken:
                case SyntaxKind.Utf8MultiLineRawStringLiteralToken:
                    return Whole(LexKind.StringLiteral, token.ValueText);
                case SyntaxKind.InterpolatedStringToken:
                    return Whole(LexKind.InterpolatedString, token.Text);
                case SyntaxKind.IdentifierToken:
                    return Whole(LexKind.Identifier, token.ValueText);
                case SyntaxKind.PlusToken: return new LexToken(LexKind.Plus, null!, 0, 0);
                case SyntaxKind.DotToken: return new LexToken(LexKind.Dot, null!, 0, 0);
                case SyntaxKind.CommaToken: return new LexToken(LexKind.Comma, null!, 0, 0);
                case SyntaxKind.EqualsToken: return new LexToken(LexKind.Equals, null!, 0, 0);
                case SyntaxKind.EqualsGreaterThanToken: return new LexToken(LexKind.EqualsGreaterThan, null!, 0, 0);
                case SyntaxKind.ColonToken: return new LexToken(LexKind.Colon, null!, 0, 0);
                case SyntaxKind.OpenParenToken: return new LexToken(LexKind.OpenParen, null!, 0, 0);
                case SyntaxKind.CloseParenToken: return new LexToken(LexKind.CloseParen, null!, 0, 0);
                case SyntaxKind.SemicolonToken: return new LexToken(LexKind.Semicolon, null!, 0, 0);
                case SyntaxKind.CloseBracketToken: return new LexToken(LexKind.CloseBracket, null!, 0, 0);
                default:
                    if (SyntaxFacts.IsKeywordKind(token.Kind())) return Whole(LexKind.Identifier, token.ValueText);
                    return SyntaxFacts.IsPunctuation(token.Kind()) ? Whole(LexKind.Other, token.Text) : default;
            }
        }

        private static LexToken Whole(LexKind kind, string value) => new LexToken(kind, value, 0, value.Length);

        private static LexToken Punctuation(LexKind kind) => new LexToken(kind, null!, 0, 0);

        /// <summary>False: the text holds something this lexer leaves to Roslyn's; <paramref name="tokens"/> is then incomplete.</summary>
        // A loop over every C# file: compiled optimized at once. Tiering would run it as slow tier-0 code while Roslyn's JIT keeps the
        // call counting waiting (for much of a scan on a busy machine), and TieredCompilation settings for the whole process cost more than they win.
        [MethodImpl(MethodImplOptions.AggressiveOptimization)]
        public static bool TryLex(string text, List<LexToken> tokens)
        {
            int i = 0, n = text.Length;
            bool lineStart = true;
            while (i < n)
            {
                char c = text[i];
                if (c == ' ' || c == '\t' || c == '\f' || c == '\v')
                {
                    i++;
                    continue;
                }

                if (c == '\n' || c == '\r')
                {
                    i++;
                    lineStart = true;
                    continue;
                }

                if (lineStart)
                {
                    lineStart = false;
                    if (c == '#')
                    {
                        if (!SkipDirective(text, ref i)) return false;
                        continue;
                    }

                    // Merge conflict markers are trivia to Roslyn.
                    if ((c == '<' || c == '=' || c == '>' || c == '|') && i + 6 < n && text[i + 1] == c && text[i + 2] == c && text[i + 3] == c && text[i + 4] == c && text[i + 5] == c && text[i + 6] == c) return false;
                }

                char next = i + 1 < n ? text[i + 1] : '\0';
                if (c == '/' && next == '/')
                {
                    i = EndOfLine(text, i + 2);
                    continue;
                }

                if (c == '/' && next == '*')
                {
                    int end = text.IndexOf("*/", i + 2, StringComparison.Ordinal);
                    if (end < 0) return false;
                    i = end + 2;
                    continue;
                }

                if (IsIdentifierStart(c))
                {
                    int start = i;
                    while (i < n && IsIdentifierPart(text[i])) i++;
                    if (i < n && (text[i] >= 128 || text[i] == '\\')) return false;
                    tokens.Add(new LexToken(LexKind.Identifier, text, start, i - start));
                    continue;
                }

                if (IsDigit(c) || (c == '.' && IsDigit(next)))
                {
                    if (!SkipNumber(text, ref i)) return false;
                    tokens.Add(default);
                    continue;
                }

                switch (c)
                {
                    case '"':
                        if (!RegularString(text, ref i, tokens)) return false;
                        continue;
                    case '\'':
                        if (!SkipCharacter(text, ref i)) return false;
                        tokens.Add(default);
                        continue;
                    case '@':
                        if (next == '"')
                        {
                            if (!VerbatimString(text, ref i, tokens)) return false;
                        }
                        else if (next == '$' && i + 2 < n && text[i + 2] == '"')
                        {
                            if (!InterpolatedString(text, ref i, tokens)) return false;
                        }
                        else if (IsIdentifierStart(next))
                        {
                            int start = ++i;
                            while (i < n && IsIdentifierPart(text[i])) i++;
                            if (i < n && (text[i] >= 128 || text[i] == '\\')) return false;
                            tokens.Add(new LexToken(LexKind.Identifier, text, start, i - start));
                        }
                        else
                        {
                            return false;
                        }

                        continue;
                    case '$':
                        if (!InterpolatedString(text, ref i, tokens)) return false;
                        continue;
                }

                if (!Punctuator(text, ref i, tokens)) return false;
            }

            tokens.Add(default); // Roslyn's end-of-file token.
            return true;
        }

        // #region, #endregion, #pragma and #nullable are trivia to the end of the line; any other directive (#if
        // above all, which hides code from Roslyn's lexer) is Roslyn's to read.
        private static bool SkipDirective(string text, ref int i)
        {
            int j = i + 1;
            while (j < text.Length && (text[j] == ' ' || text[j] == '\t')) j++;
            int word = j;
            while (j < text.Length && text[j] >= 'a' && text[j] <= 'z') j++;
            switch (text.Substring(word, j - word))
            {
                case "region":
                case "endregion":
                case "pragma":
                case "nullable":
                    i = EndOfLine(text, j);
                    return true;
                default:
                    return false;
            }
        }

        private static bool SkipNumber(string text, ref int i)
        {
            int n = text.Length;
            if (text[i] == '0' && i + 1 < n && (text[i + 1] == 'x' || text[i + 1] == 'X' || text[i + 1] == 'b' || text[i + 1] == 'B'))
            {
                i += 2;
                while (i < n && (IsHexDigit(text[i]) || text[i] == '_')) i++;
                SkipIntegerSuffix(text, ref i);
                return true;
            }

            bool real = false;
            while (i < n && (IsDigit(text[i]) || text[i] == '_')) i++;
            if (i + 1 < n && text[i] == '.' && IsDigit(text[i + 1]))
            {
                real = true;
                i++;
                while (i < n && (IsDigit(text[i]) || text[i] == '_')) i++;
            }

            if (i < n && (text[i] == 'e' || text[i] == 'E'))
            {
                int j = i + 1;
                if (j < n && (text[j] == '+' || text[j] == '-')) j++;
                if (j >= n || !IsDigit(text[j])) return false;
                real = true;
                i = j;
                while (i < n && (IsDigit(text[i]) || text[i] == '_')) i++;
            }

            if (i < n && (text[i] == 'f' || text[i] == 'F' || text[i] == 'd' || text[i] == 'D' || text[i] == 'm' || text[i] == 'M')) i++;
            else if (!real) SkipIntegerSuffix(text, ref i);
            return true;
        }

        private static void SkipIntegerSuffix(string text, ref int i)
        {
            for (int k = 0; k < 2 && i < text.Length && (text[i] == 'u' || text[i] == 'U' || text[i] == 'l' || text[i] == 'L'); k++) i++;
        }

        // "…", with escapes decoded; "…"u8 too; """…""" raw.
        [MethodImpl(MethodImplOptions.AggressiveOptimization)]
        private static bool RegularString(string text, ref int i, List<LexToken> tokens)
        {
            int n = text.Length;
            if (i + 2 < n && text[i + 1] == '"' && text[i + 2] == '"') return RawString(text, ref i, tokens);
            int start = i + 1;
            StringBuilder? decoded = null;
            int j = start, copied = start;
            while (true)
            {
                if (j >= n) return false;
                char c = text[j];
                if (c == '"') break;
                if (IsNewLine(c)) return false;
                if (c != '\\')
                {
                    j++;
                    continue;
                }

                decoded ??= new StringBuilder();
                decoded.Append(text, copied, j - copied);
                if (!Escape(text, ref j, decoded)) return false;
                copied = j;
            }

            LexToken token;
            if (decoded is null)
            {
                token = new LexToken(LexKind.StringLiteral, text, start, j - start);
            }
            else
            {
                decoded.Append(text, copied, j - copied);
                string value = decoded.ToString();
                token = new LexToken(LexKind.StringLiteral, value, 0, value.Length);
            }

            i = j + 1;
            if (i + 1 < n && (text[i] == 'u' || text[i] == 'U') && text[i + 1] == '8') i += 2;
            tokens.Add(token);
            return true;
        }

        /// <summary>
        /// A raw string: on one line, what lies between the quote runs; over several, the lines between the opening and
        /// the closing line, each without the closing line's indentation. Anything Roslyn would report an error for
        /// (a longer quote run, a line not indented as the closing one) is declined.
        /// </summary>
        private static bool RawString(string text, ref int i, List<LexToken> tokens)
        {
            int n = text.Length;
            int quotes = 0;
            while (i + quotes < n && text[i + quotes] == '"') quotes++;
            int start = i + quotes;
            int lineEnd = start;
            while (lineEnd < n && text[lineEnd] != '\n' && text[lineEnd] != '\r') lineEnd++;
            bool multiLine = true;
            for (int k = start; k < lineEnd; k++)
            {
                if (text[k] != ' ' && text[k] != '\t') multiLine = false;
            }

            LexToken token;
            int end;
            if (!multiLine)
            {
                int close = ClosingRun(text, start, lineEnd, quotes);
                if (close < 0) return false;
                token = new LexToken(LexKind.StringLiteral, text, start, close - start);
                end = close + quotes;
            }
            else
            {
                if (lineEnd >= n) return false;
                int contentStart = text[lineEnd] == '\r' && lineEnd + 1 < n && text[lineEnd + 1] == '\n' ? lineEnd + 2 : lineEnd + 1;
                if (text[lineEnd] == '\r' && contentStart == lineEnd + 1) return false; // A lone CR: Roslyn's.
                int close = ClosingRun(text, contentStart, n, quotes);
                if (close < 0) return false;
                int closingLine = close;
                while (closingLine > contentStart && (text[closingLine - 1] == ' ' || text[closingLine - 1] == '\t')) closingLine--;
                if (closingLine == contentStart || text[closingLine - 1] != '\n') return false; // Not on a line of its own, or no content line.
                string indentation = text.Substring(closingLine, close - closingLine);
                int contentEnd = closingLine - 1; // The line break before the closing line is not content.
                if (contentEnd > contentStart && text[contentEnd - 1] == '\r') contentEnd--;
                var value = new StringBuilder();
                for (int line = contentStart; line <= contentEnd;)
                {
                    int next = text.IndexOf('\n', line);
                    int stop = next < 0 || next > contentEnd ? contentEnd : next;
                    int textStop = stop > line && text[stop - 1] == '\r' ? stop - 1 : stop;
                    if (text.IndexOf('\r', line, textStop - line) >= 0) return false;
                    if (textStop > line)
                    {
                        if (string.CompareOrdinal(text, line, indentation, 0, indentation.Length) != 0 || textStop - line < indentation.Length) return false;
                        value.Append(text, line + indentation.Length, textStop - line - indentation.Length);
                    }

                    if (stop == contentEnd) break;
                    value.Append(text, textStop, next + 1 - textStop); // The line break as written.
                    line = next + 1;
                }

                string decoded = value.ToString();
                token = new LexToken(LexKind.StringLiteral, decoded, 0, decoded.Length);
                end = close + quotes;
            }

            if (end < n && text[end] == '"') return false;
            i = end;
            if (i + 1 < n && (text[i] == 'u' || text[i] == 'U') && text[i + 1] == '8') i += 2;
            tokens.Add(token);
            return true;
        }

        // Where the first run of exactly <paramref name="quotes"/> quotes starts, before limit; -1 when a longer run or none comes first.
        private static int ClosingRun(string text, int from, int limit, int quotes)
        {
            for (int k = from; k < limit; k++)
            {
                if (text[k] != '"') continue;
                int run = 0;
                while (k + run < text.Length && text[k + run] == '"') run++;
                if (run == quotes) return k;
                if (run > quotes) return -1;
                k += run - 1;
            }

            return -1;
        }

        // @"…", "" standing for one quote.
        private static bool VerbatimString(string text, ref int i, List<LexToken> tokens)
        {
            int n = text.Length;
            int start = i + 2;
            StringBuilder? decoded = null;
            int j = start;
            while (true)
            {
                if (j >= n) return false;
                if (text[j] != '"')
                {
                    j++;
                    continue;
                }

                if (j + 1 < n && text[j + 1] == '"')
                {
                    decoded ??= new StringBuilder();
                    j += 2;
                    continue;
                }

                break;
            }

            LexToken token;
            if (decoded is null)
            {
                token = new LexToken(LexKind.StringLiteral, text, start, j - start);
            }
            else
            {
                string value = text.Substring(start, j - start).Replace("\"\"", "\"");
                token = new LexToken(LexKind.StringLiteral, value, 0, value.Length);
            }

            i = j + 1;
            if (i + 1 < n && (text[i] == 'u' || text[i] == 'U') && text[i + 1] == '8') i += 2;
            tokens.Add(token);
            return true;
        }

        // $"…", $@"…" or @$"…": one token, its text as written. $$ and raw ones are Roslyn's.
        private static bool InterpolatedString(string text, ref int i, List<LexToken> tokens)
        {
            int start = i;
            if (!SkipInterpolated(text, ref i)) return false;
            tokens.Add(new LexToken(LexKind.InterpolatedString, text, start, i - start));
            return true;
        }

        private static bool SkipInterpolated(string text, ref int i)
        {
            int n = text.Length;
            int j = i;
            bool verbatim = false;
            if (text[j] == '@')
            {
                verbatim = true;
                j++;
            }

            if (j >= n || text[j] != '$') return false;
            j++;
            if (j < n && text[j] == '@' && !verbatim)
            {
                verbatim = true;
                j++;
            }

            if (j >= n || text[j] != '"') return false;
            if (j + 2 < n && text[j + 1] == '"' && text[j + 2] == '"') return false;
            j++;
            while (true)
            {
                if (j >= n) return false;
                char c = text[j];
                if (c == '"')
                {
                    if (verbatim && j + 1 < n && text[j + 1] == '"')
                    {
                        j += 2;
                        continue;
                    }

                    i = j + 1;
                    return true;
                }

                if (!verbatim && IsNewLine(c)) return false;
                if (!verbatim && c == '\\')
                {
                    if (j + 1 >= n || IsNewLine(text[j + 1])) return false;
                    j += 2;
                    continue;
                }

                if ((c == '{' || c == '}') && j + 1 < n && text[j + 1] == c)
                {
                    j += 2;
                    continue;
                }

                if (c == '}') return false;
                if (c == '{')
                {
                    j++;
                    if (!SkipHole(text, ref j)) return false;
                    continue;
                }

                j++;
            }
        }

        // From after a hole's '{' to after its '}': the expression (strings and characters in it skipped whole), then
        // maybe a format clause. Anything unusual in a hole (a comment, a line break, a raw string) is Roslyn's.
        private static bool SkipHole(string text, ref int j)
        {
            int n = text.Length, depth = 0;
            while (j < n)
            {
                char c = text[j];
                if (IsNewLine(c) || c >= 128 || c == '\\') return false;
                switch (c)
                {
                    case '"':
                        {
                            if (j + 2 < n && text[j + 1] == '"' && text[j + 2] == '"') return false; // A raw string in a hole: Roslyn's.
                            var ignored = new List<LexToken>(1);
                            if (!RegularString(text, ref j, ignored)) return false;
                            continue;
                        }

                    case '\'':
                        if (!SkipCharacter(text, ref j)) return false;
                        continue;
                    case '@':
                        if (j + 1 < n && text[j + 1] == '"') return false;
                        if (j + 1 < n && text[j + 1] == '$')
                        {
                            if (!SkipInterpolated(text, ref j)) return false;
                            continue;
                        }

                        j++;
                        continue;
                    case '$':
                        if (!SkipInterpolated(text, ref j)) return false;
                        continue;
                    case '/':
                        if (j + 1 < n && (text[j + 1] == '/' || text[j + 1] == '*')) return false;
                        j++;
                        continue;
                    case '(':
                    case '[':
                    case '{':
                        depth++;
                        j++;
                        continue;
                    case ')':
                    case ']':
                        if (depth == 0) return false;
                        depth--;
                        j++;
                        continue;
                    case '}':
                        j++;
                        if (depth == 0) return true;
                        depth--;
                        continue;
                    case ':':
                        if (depth > 0)
                        {
                            j++;
                            continue;
                        }

                        // The format clause, to the hole's '}'.
                        for (j++; j < n && text[j] != '}'; j++)
                        {
                            char f = text[j];
                            if (f == '"' || f == '\\' || f == '{' || IsNewLine(f)) return false;
                        }

                        if (j >= n) return false;
                        j++;
                        return true;
                    default:
                        j++;
                        continue;
                }
            }

            return false;
        }

        // 'x' or an escape; its value is not needed.
        private static bool SkipCharacter(string text, ref int i)
        {
            int n = text.Length;
            int j = i + 1;
            if (j >= n || text[j] == '\'' || IsNewLine(text[j])) return false;
            if (text[j] == '\\')
            {
                if (!Escape(text, ref j, null)) return false;
            }
            else
            {
                j++;
            }

            if (j >= n || text[j] != '\'') return false;
            i = j + 1;
            return true;
        }

        // From a backslash to after its escape sequence, the character(s) it stands for appended.
        private static bool Escape(string text, ref int j, StringBuilder? value)
        {
            int n = text.Length;
            if (j + 1 >= n) return false;
            char e = text[j + 1];
            char simple;
            switch (e)
            {
                case '\'': simple = '\''; break;
                case '"': simple = '"'; break;
                case '\\': simple = '\\'; break;
                case '0': simple = '\0'; break;
                case 'a': simple = '\a'; break;
                case 'b': simple = '\b'; break;
                case 'f': simple = '\f'; break;
                case 'n': simple = '\n'; break;
                case 'r': simple = '\r'; break;
                case 't': simple = '\t'; break;
                case 'v': simple = '\v'; break;
                case 'x':
                    {
                        int k = j + 2, code = 0;
                        while (k < n && k < j + 6 && IsHexDigit(text[k])) code = code * 16 + HexValue(text[k++]);
                        if (k == j + 2) return false;
                        value?.Append((char)code);
                        j = k;
                        return true;
                    }

                case 'u':
                case 'U':
                    {
                        int digits = e == 'u' ? 4 : 8;
                        if (j + 2 + digits > n) return false;
                        long code = 0;
                        for (int k = j + 2; k < j + 2 + digits; k++)
                        {
                            if (!IsHexDigit(text[k])) return false;
                            code = code * 16 + HexValue(text[k]);
                        }

                        if (code > 0x10FFFF) return false;
                        if (code > 0xFFFF)
                        {
                            if (value is null) return false; // Two UTF-16 units: not one character.
                            value.Append(char.ConvertFromUtf32((int)code));
                        }
                        else
                        {
                            value?.Append((char)code);
                        }

                        j += 2 + digits;
                        return true;
                    }

                default:
                    return false;
            }

            value?.Append(simple);
            j += 2;
            return true;
        }

        [MethodImpl(MethodImplOptions.AggressiveOptimization)]
        private static bool Punctuator(string text, ref int i, List<LexToken> tokens)
        {
            int n = text.Length;
            char c = text[i];
            char next = i + 1 < n ? text[i + 1] : '\0';
            char third = i + 2 < n ? text[i + 2] : '\0';
            LexKind kind = LexKind.Other;
            int length = 1;
            switch (c)
            {
                case '=':
                    if (next == '>') { kind = LexKind.EqualsGreaterThan; length = 2; }
                    else if (next == '=') length = 2;
                    else kind = LexKind.Equals;
                    break;
                case '+':
                    if (next == '+' || next == '=') length = 2;
                    else kind = LexKind.Plus;
                    break;
                case '.':
                    if (next == '.') length = 2;
                    else kind = LexKind.Dot;
                    break;
                case ',': kind = LexKind.Comma; break;
                case ':':
                    if (next == ':') length = 2;
                    else kind = LexKind.Colon;
                    break;
                case '(': kind = LexKind.OpenParen; break;
                case ')': kind = LexKind.CloseParen; break;
                case ']': kind = LexKind.CloseBracket; break;
                case ';': kind = LexKind.Semicolon; break;
                case '[':
                case '{':
                case '}':
                case '~':
                    break;
                case '?':
                    if (next == '?') length = third == '=' ? 3 : 2;
                    break;
                case '-':
                    if (next == '-' || next == '=' || next == '>') length = 2;
                    break;
                case '*':
                case '/':
                case '%':
                case '^':
                case '!':
                case '>':
                    if (next == '=') length = 2;
                    break;
                case '&':
                case '|':
                    if (next == c || next == '=') length = 2;
                    break;
                case '<':
                    if (next == '=') length = 2;
                    else if (next == '<') length = third == '=' ? 3 : 2;
                    break;
                default:
                    return false;
            }

            // An operator the prefilter has no kind for keeps its text: ConstantFolds tells them apart.
            tokens.Add(kind == LexKind.Other ? new LexToken(kind, text, i, length) : Punctuation(kind));
            i += length;
            return true;
        }

        // Where the line ends (at its line break, or the end of the text): every line break C# knows ends a comment.
        private static int EndOfLine(string text, int from)
        {
            int end = text.AsSpan(from).IndexOfAny(LineBreaks);
            return end < 0 ? text.Length : from + end;
        }

        private static readonly SearchValues<char> LineBreaks = SearchValues.Create("\n\r\u0085\u2028\u2029");

        // Character tests the optimized loops call: inlined there, never left as tier-0 calls.
        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        private static bool IsIdentifierStart(char c) => (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || c == '_';

        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        private static bool IsIdentifierPart(char c) => IsIdentifierStart(c) || IsDigit(c);

        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        private static bool IsDigit(char c) => c >= '0' && c <= '9';

        private static bool IsHexDigit(char c) => IsDigit(c) || (c >= 'a' && c <= 'f') || (c >= 'A' && c <= 'F');

        private static int HexValue(char c) => c <= '9' ? c - '0' : (c | 0x20) - 'a' + 10;

        // The line breaks C# knows: a regular string or a character cannot hold one.
        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        private static bool IsNewLine(char c) => c == '\n' || c == '\r' || c == '\u0085' || c == '\u2028' || c == '\u2029';
    }
}
