using System;
using System.Collections.Generic;
using System.Text;
using System.Text.Json;

namespace TokenGuard.Settings
{
    /// <summary>
    /// Reads <c>appsettings*.json</c> the way .NET's JSON configuration provider does (comments and
    /// trailing commas allowed; arrays become <c>:0</c>, <c>:1</c> …) and lists every string setting with
    /// the character position of its value. Malformed JSON gives an error with line and column, not an exception.
    /// </summary>
    public static class JsonSettingsReader
    {
        public const int MaxLength = 4 * 1024 * 1024;

        public static JsonSettingsResult Read(string text)
        {
            if (text.Length > MaxLength) return JsonSettingsResult.Failed($"file is {text.Length:N0} characters, over the {MaxLength:N0} limit for settings files", 1, 1);
            if (text.IndexOf('\0') >= 0) return JsonSettingsResult.Failed("file is not text (it contains NUL characters)", 1, 1);

            byte[] utf8 = Encoding.UTF8.GetBytes(text);
            var reader = new Utf8JsonReader(utf8, new JsonReaderOptions { CommentHandling = JsonCommentHandling.Skip, AllowTrailingCommas = true });
            var settings = new List<SettingValue>();
            var literals = new List<SettingValue>();
            var path = new List<string>();
            var containers = new Stack<Container>();
            var offsets = new Utf8Offsets(text);
            try
            {
                while (reader.Read())
                {
                    switch (reader.TokenType)
                    {
                        case JsonTokenType.PropertyName:
                            containers.Peek().PendingName = reader.GetString() ?? "";
                            break;
                        case JsonTokenType.StartObject:
                        case JsonTokenType.StartArray:
                            if (containers.Count > 0) path.Add(containers.Peek().NextSegment());
                            containers.Push(new Container(reader.TokenType == JsonTokenType.StartArray));
                            break;
                        case JsonTokenType.EndObject:
                        case JsonTokenType.EndArray:
                            containers.Pop();
                            if (containers.Count > 0) path.RemoveAt(path.Count - 1);
                            break;
                        case JsonTokenType.String:
                            string key = containers.Count == 0 ? "" : Join(path, containers.Peek().NextSegment());
                            // TokenStartIndex is the opening quote; the value starts one byte later.
                            int start = offsets.CharIndexOf((int)reader.TokenStartIndex + 1);
                            int end = offsets.CharIndexOf((int)reader.TokenStartIndex + 1 + reader.ValueSpan.Length);
                            settings.Add(new SettingValue(key, reader.GetString() ?? "", start, end - start));
                            break;
                        case JsonTokenType.True:
                        case JsonTokenType.False:
                        case JsonTokenType.Number:
                            // Kept apart from the string settings: no token hides in them, but they say a key is a switch or a count.
                            string literalKey = containers.Count == 0 ? "" : Join(path, containers.Peek().NextSegment());
                            int literalStart = offsets.CharIndexOf((int)reader.TokenStartIndex);
                            literals.Add(new SettingValue(literalKey, Encoding.UTF8.GetString(reader.ValueSpan.ToArray()), literalStart, reader.ValueSpan.Length));
                            break;
                        default:
                            if (containers.Count > 0) containers.Peek().NextSegment();
                            break;
                    }
                }
            }
            catch (JsonException ex)
            {
                return JsonSettingsResult.Failed("invalid JSON: " + StripPosition(ex.Message), (int)(ex.LineNumber ?? 0) + 1, (int)(ex.BytePositionInLine ?? 0) + 1);
            }

            return JsonSettingsResult.Succeeded(settings, literals);
        }

        private static string Join(List<string> path, string last) =>
            path.Count == 0 ? last : string.Join(":", path) + ":" + last;

        private static string StripPosition(string message)
        {
            int cut = message.IndexOf(" LineNumber:", StringComparison.Ordinal);
            return cut > 0 ? message.Substring(0, cut).TrimEnd(' ', '|', '.') : message;
        }

        /// <summary>An object (whose members are named) or an array (whose elements are numbered).</summary>
        private sealed class Container
        {
            private readonly bool _isArray;
            private int _index;

            public Container(bool isArray) => _isArray = isArray;

            public string PendingName { get; set; } = "";

            /// <summary>The path segment of the value that starts now.</summary>
            public string NextSegment() =>
                _isArray ? (_index++).ToString(System.Globalization.CultureInfo.InvariantCulture) : PendingName;
        }

        /// <summary>Maps UTF-8 byte offsets back to character offsets in the original text.</summary>
        private sealed class Utf8Offsets
        {
            private readonly string _text;
            private int _byte;
            private int _char;

            public Utf8Offsets(string text) => _text = text;

            // Offsets are requested in increasing order, so one forward walk serves the whole file.
            public int CharIndexOf(int byteOffset)
            {
                if (byteOffset < _byte)
                {
                    _byte = 0;
                    _char = 0;
                }

                while (_byte < byteOffset && _char < _text.Length)
                {
                    char c = _text[_char];
                    if (char.IsHighSurrogate(c) && _char + 1 < _text.Length)
                    {
                        _byte += 4;
                        _char += 2;
                        continue;
                    }

                    _byte += c < 0x80 ? 1 : c < 0x800 ? 2 : 3;
                    _char++;
                }

                return _char;
            }
        }
    }
}
