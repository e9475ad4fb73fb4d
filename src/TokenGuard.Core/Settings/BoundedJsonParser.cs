using System;
using System.Collections.Generic;
using System.Globalization;
using System.Text;

namespace TokenGuard.Settings
{
    /// <summary>
    /// A small JSON reader for settings files, so that what the compiler loads depends on no System.Text.Json
    /// (a host such as Visual Studio's .NET Framework compiler may not provide it; StyleCop.Analyzers carries its
    /// own reader for the same reason). It reads what .NET's JSON configuration provider reads: comments and
    /// trailing commas allowed, one root value, nesting at most <see cref="MaxDepth"/> deep, no unpaired
    /// surrogate. It lists every string value by its configuration path with its character position, and the
    /// true/false/number values apart. Recursion is bounded by the depth limit; the first error ends the read
    /// with its 1-based line and column.
    /// </summary>
    internal sealed class BoundedJsonParser
    {
        public const int MaxDepth = 64;

        private readonly string _text;
        private readonly List<SettingValue> _settings = new List<SettingValue>();
        private readonly List<SettingValue> _literals = new List<SettingValue>();
        private int _position;

        private BoundedJsonParser(string text) => _text = text;

        public static JsonSettingsResult Parse(string text)
        {
            var parser = new BoundedJsonParser(text);
            try
            {
                parser.ParseDocument();
            }
            catch (JsonSyntaxError error)
            {
                (int line, int column) = parser.LineAndColumn(error.Position);
                return JsonSettingsResult.Failed("invalid JSON: " + error.Message, line, column);
            }

            return JsonSettingsResult.Succeeded(parser._settings, parser._literals);
        }

        private bool AtEnd => _position >= _text.Length;

        private char Current => _text[_position];

        private void ParseDocument()
        {
            if (!AtEnd && Current == '\uFEFF') _position++;
            SkipTrivia();
            if (AtEnd) throw Error("the file holds no JSON value");
            ParseValue(path: null, depth: 0);
            SkipTrivia();
            if (!AtEnd) throw Error($"'{Describe(Current)}' is invalid after a single JSON value. Expected end of data");
        }

        /// <param name="path">The value's configuration key; null for the root value.</param>
        private void ParseValue(string? path, int depth)
        {
            if (AtEnd) throw Error("the file ends where a value is expected");
            char c = Current;
            switch (c)
            {
                case '{':
                    ParseObject(path, depth + 1);
                    break;
                case '[':
                    ParseArray(path, depth + 1);
                    break;
                case '"':
                    int start = _position + 1;
                    string value = ReadString();
                    _settings.Add(new SettingValue(path ?? "", value, start, _position - 1 - start));
                    break;
                case 't':
                    ReadLiteral(path, "true");
                    break;
                case 'f':
                    ReadLiteral(path, "false");
                    break;
                case 'n':
                    ExpectWord("null");
                    break;
                default:
                    if (c == '-' || (c >= '0' && c <= '9'))
                    {
                        int numberStart = _position;
                        ReadNumber();
                        _literals.Add(new SettingValue(path ?? "", _text.Substring(numberStart, _position - numberStart), numberStart, _position - numberStart));
                        break;
                    }

                    throw Error($"'{Describe(c)}' is an invalid start of a value");
            }
        }

        private void ParseObject(string? path, int depth)
        {
            if (depth > MaxDepth) throw Error($"the maximum depth of {MaxDepth} has been exceeded");
            _position++;
            while (true)
            {
                SkipTrivia();
                if (AtEnd) throw Error("the file ends inside an object: '}' expected");
                if (Current == '}')
                {
                    _position++;
                    return;
                }

                if (Current != '"') throw Error($"'{Describe(Current)}' is an invalid start of a property name. Expected a '\"'");
                string name = ReadString();
                SkipTrivia();
                if (AtEnd) throw Error("the file ends after a property name: ':' expected");
                if (Current != ':') throw Error($"'{Describe(Current)}' is invalid after a property name. Expected a ':'");
                _position++;
                SkipTrivia();
                ParseValue(Join(path, name), depth);
                if (!AfterMember('}')) return;
            }
        }

        private void ParseArray(string? path, int depth)
        {
            if (depth > MaxDepth) throw Error($"the maximum depth of {MaxDepth} has been exceeded");
            _position++;
            for (int index = 0; ; index++)
            {
                SkipTrivia();
                if (AtEnd) throw Error("the file ends inside an array: ']' expected");
                if (Current == ']')
                {
                    _position++;
                    return;
                }

                ParseValue(Join(path, index.ToString(CultureInfo.InvariantCulture)), depth);
                if (!AfterMember(']')) return;
            }
        }

        /// <summary>After a member or element: true when a comma lets another follow, false when <paramref name="close"/> ended the container.</summary>
        private bool AfterMember(char close)
        {
            SkipTrivia();
            if (AtEnd) throw Error($"the file ends inside an {(close == '}' ? "object" : "array")}: '{close}' expected");
            if (Current == ',')
            {
                _position++;
                return true;
            }

            if (Current == close)
            {
                _position++;
                return false;
            }

            throw Error($"'{Describe(Current)}' is invalid after a value. Expected either ',', '}}', or ']'");
        }

        private string ReadString()
        {
            int open = _position++;
            StringBuilder? unescaped = null;
            int runStart = _position;
            while (true)
            {
                if (AtEnd)
                {
                    _position = open;
                    throw Error("a string is not closed");
                }

                char c = Current;
                if (c == '"') break;
                if (c < ' ') throw Error($"'{Describe(c)}' is invalid within a JSON string. The string should be correctly escaped");
                if (char.IsSurrogate(c)) { ExpectSurrogatePair(_position); _position += 2; continue; }
                if (c != '\\')
                {
                    _position++;
                    continue;
                }

                unescaped ??= new StringBuilder();
                unescaped.Append(_text, runStart, _position - runStart);
                unescaped.Append(ReadEscape());
                runStart = _position;
            }

            string value = unescaped is null ? _text.Substring(runStart, _position - runStart) : unescaped.Append(_text, runStart, _position - runStart).ToString();
            _position++;
            return value;
        }

        private string ReadEscape()
        {
            int at = _position++;
            if (AtEnd) throw Error("a string is not closed");
            char c = Current;
            _position++;
            switch (c)
            {
                case '"': return "\"";
                case '\\': return "\\";
                case '/': return "/";
                case 'b': return "\b";
                case 'f': return "\f";
                case 'n': return "\n";
                case 'r': return "\r";
                case 't': return "\t";
                case 'u':
                    char first = ReadHexCharacter(at);
                    if (!char.IsSurrogate(first)) return first.ToString();
                    // An escaped surrogate must be the high half followed by an escaped low half.
                    if (char.IsHighSurrogate(first) && _position + 1 < _text.Length && _text[_position] == '\\' && _text[_position + 1] == 'u')
                    {
                        int second = _position;
                        _position += 2;
                        char low = ReadHexCharacter(second);
                        if (char.IsLowSurrogate(low)) return new string(new[] { first, low });
                    }

                    _position = at;
                    throw Error("an escaped UTF-16 surrogate is not paired");
                default:
                    _position = at;
                    throw Error($"'{Describe(c)}' is not a valid escape in a JSON string");
            }
        }

        private char ReadHexCharacter(int escapeStart)
        {
            if (_position + 4 > _text.Length || !ushort.TryParse(_text.Substring(_position, 4), NumberStyles.AllowHexSpecifier, CultureInfo.InvariantCulture, out ushort code))
            {
                _position = escapeStart;
                throw Error("'\\u' must be followed by four hexadecimal digits");
            }

            _position += 4;
            return (char)code;
        }

        private void ExpectSurrogatePair(int at)
        {
            if (char.IsHighSurrogate(_text[at]) && at + 1 < _text.Length && char.IsLowSurrogate(_text[at + 1])) return;
            _position = at;
            throw Error("the text holds an unpaired UTF-16 surrogate (it was not valid UTF-8)");
        }

        private void ReadNumber()
        {
            // -?(0|[1-9][0-9]*)(\.[0-9]+)?([eE][+-]?[0-9]+)?
            if (Current == '-') _position++;
            if (AtEnd || !IsDigit(Current)) throw Error("a number needs a digit after '-'");
            if (Current == '0') _position++;
            else SkipDigits();
            if (!AtEnd && Current == '.')
            {
                _position++;
                if (AtEnd || !IsDigit(Current)) throw Error("a number needs a digit after '.'");
                SkipDigits();
            }

            if (!AtEnd && (Current == 'e' || Current == 'E'))
            {
                _position++;
                if (!AtEnd && (Current == '+' || Current == '-')) _position++;
                if (AtEnd || !IsDigit(Current)) throw Error("a number needs a digit in its exponent");
                SkipDigits();
            }

            if (!AtEnd && (IsDigit(Current) || char.IsLetter(Current) || Current == '.')) throw Error($"'{Describe(Current)}' is invalid within a number");
        }

        private void SkipDigits()
        {
            while (!AtEnd && IsDigit(Current)) _position++;
        }

        private static bool IsDigit(char c) => c >= '0' && c <= '9';

        private void ReadLiteral(string? path, string word)
        {
            int start = _position;
            ExpectWord(word);
            _literals.Add(new SettingValue(path ?? "", word, start, word.Length));
        }

        private void ExpectWord(string word)
        {
            if (string.CompareOrdinal(_text, _position, word, 0, word.Length) != 0) throw Error($"'{Describe(Current)}' is an invalid start of a value");
            _position += word.Length;
            if (!AtEnd && char.IsLetterOrDigit(Current)) throw Error($"'{Describe(Current)}' is invalid after '{word}'");
        }

        /// <summary>Whitespace, // line comments and /* block */ comments, as the configuration provider allows.</summary>
        private void SkipTrivia()
        {
            while (!AtEnd)
            {
                char c = Current;
                if (c == ' ' || c == '\t' || c == '\n' || c == '\r')
                {
                    _position++;
                }
                else if (c == '/' && _position + 1 < _text.Length && _text[_position + 1] == '/')
                {
                    int end = _text.IndexOf('\n', _position);
                    _position = end < 0 ? _text.Length : end + 1;
                }
                else if (c == '/' && _position + 1 < _text.Length && _text[_position + 1] == '*')
                {
                    int end = _text.IndexOf("*/", _position + 2, StringComparison.Ordinal);
                    if (end < 0) throw Error("a /* comment is not closed");
                    _position = end + 2;
                }
                else
                {
                    return;
                }
            }
        }

        private static string? Join(string? path, string segment) => path is null ? segment : path + ":" + segment;

        // A character shown in a message: never more than one, control characters by their escape.
        private static string Describe(char c) => c < ' ' ? "\\u" + ((int)c).ToString("X4", CultureInfo.InvariantCulture) : char.IsSurrogate(c) ? "\\u" + ((int)c).ToString("X4", CultureInfo.InvariantCulture) : c.ToString();

        private JsonSyntaxError Error(string message) => new JsonSyntaxError(message, _position);

        private (int Line, int Column) LineAndColumn(int position)
        {
            int line = 1;
            int lineStart = 0;
            for (int i = 0; i < position && i < _text.Length; i++)
            {
                if (_text[i] == '\n')
                {
                    line++;
                    lineStart = i + 1;
                }
            }

            return (line, position - lineStart + 1);
        }

        /// <summary>Ends the read at the first syntax error; caught in <see cref="Parse"/>, never escapes.</summary>
        private sealed class JsonSyntaxError : Exception
        {
            public JsonSyntaxError(string message, int position)
                : base(message) => Position = position;

            public int Position { get; }
        }
    }
}
