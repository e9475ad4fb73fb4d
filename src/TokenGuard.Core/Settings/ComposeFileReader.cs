using System;
using System.Collections.Generic;
using TokenGuard.Manifest;
using YamlDotNet.Core;
using YamlDotNet.Core.Events;

namespace TokenGuard.Settings
{
    /// <summary>
    /// Reads the <c>environment:</c> of a Docker Compose file (<c>docker-compose*.yml</c>, <c>compose*.yaml</c>),
    /// in both forms Compose accepts: a mapping (<c>KEY: value</c>) or a list (<c>- KEY=value</c>). Every
    /// <c>environment:</c> counts, also in <c>x-</c> extension blocks that services merge in with anchors.
    /// Each variable is an environment-variable usage; <c>KEY:</c>, <c>KEY: null</c> and <c>- KEY</c> pass the
    /// host's value through and are usages with an empty value.
    /// </summary>
    public static class ComposeFileReader
    {
        public const int MaxLength = JsonSettingsReader.MaxLength;

        private const string EnvironmentKey = "environment";

        public static JsonSettingsResult Read(string text)
        {
            if (text.Length > MaxLength) return JsonSettingsResult.Failed($"file is {text.Length:N0} characters, over the {MaxLength:N0} limit for settings files", 1, 1);
            if (text.IndexOf('\0') >= 0) return JsonSettingsResult.Failed("file is not text (it contains NUL characters)", 1, 1);

            var settings = new List<SettingValue>();
            try
            {
                // The precheck bounds nesting before anything keeps a stack of it.
                YamlPrecheck precheck = YamlPrecheck.Run(text);
                if (precheck.TooDeepAt is SourceLocation tooDeep)
                {
                    return JsonSettingsResult.Failed($"YAML is nested deeper than {YamlPrecheck.MaxDepth} levels", tooDeep.Line, tooDeep.Column);
                }

                var parser = new Parser(new System.IO.StringReader(text));
                var frames = new Stack<Frame>();
                while (parser.MoveNext())
                {
                    switch (parser.Current)
                    {
                        case MappingStart _:
                        case SequenceStart _:
                            Frame? parent = frames.Count == 0 ? null : frames.Peek();
                            bool isEnvironment = parent != null && parent.IsMapping && !parent.ExpectsKey && parent.Key == EnvironmentKey;
                            frames.Push(new Frame(parser.Current is MappingStart, isEnvironment));
                            break;
                        case MappingEnd _:
                        case SequenceEnd _:
                            frames.Pop();
                            if (frames.Count > 0) frames.Peek().ValueDone();
                            break;
                        case Scalar scalar when frames.Count > 0:
                            Frame frame = frames.Peek();
                            if (frame.IsMapping && frame.ExpectsKey)
                            {
                                frame.KeyRead(scalar.Value, scalar);
                                break;
                            }

                            if (frame.IsEnvironment) Add(settings, frame.IsMapping ? frame.Key : null, frame.KeyScalar, scalar);
                            frame.ValueDone();
                            break;
                        case AnchorAlias _ when frames.Count > 0:
                            frames.Peek().ValueOrKeyDone();
                            break;
                    }
                }
            }
            catch (YamlException ex)
            {
                return JsonSettingsResult.Failed("invalid YAML: " + ex.Message, (int)Math.Max(1, ex.Start.Line), (int)Math.Max(1, ex.Start.Column));
            }
            catch (InvalidOperationException)
            {
                // YamlDotNet's scanner throws this on some malformed input; the precheck reports a position for most.
                return JsonSettingsResult.Failed("invalid YAML (unbalanced brackets or quotes?)", 1, 1);
            }

            return JsonSettingsResult.Succeeded(settings);
        }

        // A mapping entry (key given) or a list item KEY=value (key null).
        private static void Add(List<SettingValue> settings, string? key, Scalar? keyScalar, Scalar scalar)
        {
            Scalar named = key is null ? scalar : keyScalar ?? scalar;
            bool quoted = scalar.Style == ScalarStyle.SingleQuoted || scalar.Style == ScalarStyle.DoubleQuoted;
            int start = (int)scalar.Start.Index + (quoted ? 1 : 0);
            int length = Math.Max(0, (int)(scalar.End.Index - scalar.Start.Index) - (quoted ? 2 : 0));
            string value = scalar.Value;
            // Written as is (no escapes, folds or block header): offsets inside the value are offsets in the file.
            bool verbatim = length == value.Length && (scalar.Style == ScalarStyle.Plain || quoted);
            if (key is null)
            {
                int equals = value.IndexOf('=');
                key = equals < 0 ? value : value.Substring(0, equals);
                value = equals < 0 ? "" : value.Substring(equals + 1);
                if (verbatim)
                {
                    int skip = equals < 0 ? length : equals + 1;
                    start += skip;
                    length -= skip;
                }
            }
            else if (scalar.Style == ScalarStyle.Plain && IsNull(value))
            {
                value = "";
            }

            key = key.Trim();
            if (key.Length == 0) return;
            bool passThrough = !quoted && value.Length == 0;
            settings.Add(new SettingValue(key, value, start, length, usageKind: TokenUsage.EnvironmentKind, quoted: quoted,
                markStart: passThrough ? (int)named.Start.Index : -1,
                markLength: passThrough ? (int)(named.End.Index - named.Start.Index) : 0));
        }

        private static bool IsNull(string value) => value.Length == 0 || value == "~" || string.Equals(value, "null", StringComparison.OrdinalIgnoreCase);

        /// <summary>A mapping (alternating keys and values) or a sequence being read.</summary>
        private sealed class Frame
        {
            public Frame(bool isMapping, bool isEnvironment)
            {
                IsMapping = isMapping;
                IsEnvironment = isEnvironment;
                ExpectsKey = isMapping;
            }

            public bool IsMapping { get; }

            /// <summary>The value of an <c>environment:</c> key: its entries are variables.</summary>
            public bool IsEnvironment { get; }

            public bool ExpectsKey { get; private set; }

            /// <summary>The key whose value comes next; null when it was not a scalar.</summary>
            public string? Key { get; private set; }

            /// <summary>The key's scalar, for its position.</summary>
            public Scalar? KeyScalar { get; private set; }

            public void KeyRead(string? key, Scalar? scalar = null)
            {
                Key = key;
                KeyScalar = scalar;
                ExpectsKey = false;
            }

            public void ValueDone()
            {
                if (!IsMapping) return;
                if (ExpectsKey) KeyRead(null); // A complex (mapping or sequence) key ended; its value comes next.
                else ExpectsKey = true;
            }

            public void ValueOrKeyDone()
            {
                if (IsMapping && ExpectsKey) KeyRead(null);
                else ValueDone();
            }
        }
    }
}
