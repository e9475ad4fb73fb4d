using System;
using System.Collections.Generic;
using System.IO;
using System.Xml;
using TokenGuard.Manifest;

namespace TokenGuard.Settings
{
    /// <summary>
    /// Reads the XML configuration files of .NET: <c>web.config</c> / <c>app.config</c> (and their
    /// <c>Web.Release.config</c> transforms), <c>nuget.config</c> and publish profiles (<c>*.pubxml</c>), and
    /// lists each setting with the character position of its value as written. A DTD, an external entity,
    /// nesting past <see cref="MaxDepth"/> or a file over <see cref="MaxLength"/> is an error with a position,
    /// never an exception: these files come from the repository and the compiler loads this code.
    /// </summary>
    public static class XmlConfigReader
    {
        public const int MaxLength = JsonSettingsReader.MaxLength;

        /// <summary>Far deeper than any configuration file; keeps the element stack bounded.</summary>
        public const int MaxDepth = 64;

        /// <summary>
        /// <c>&lt;appSettings&gt;&lt;add key value&gt;</c> as <c>Key</c> and <c>&lt;connectionStrings&gt;&lt;add name
        /// connectionString&gt;</c> as <c>ConnectionStrings:Name</c>, the keys <c>ConfigurationManager</c> reads them
        /// by, and the SMTP password of <c>&lt;system.net&gt;&lt;mailSettings&gt;</c>.
        /// </summary>
        public static JsonSettingsResult ReadAppConfig(string text) => Read(text, Kind.AppConfig);

        /// <summary>
        /// Every <c>&lt;add key value&gt;</c>, keyed by its sections: <c>packageSourceCredentials:Feed:ClearTextPassword</c>,
        /// <c>packageSources:nuget.org</c>, <c>config:http_proxy.password</c>.
        /// </summary>
        public static JsonSettingsResult ReadNuGetConfig(string text) => Read(text, Kind.NuGetConfig);

        /// <summary>
        /// The properties of a publish profile (<c>&lt;Password&gt;</c>, <c>&lt;DeployPassword&gt;</c> …), as
        /// environment variables: MSBuild takes a property from the environment when the file leaves it out.
        /// </summary>
        public static JsonSettingsResult ReadPublishProfile(string text) => Read(text, Kind.PublishProfile);

        private enum Kind
        {
            AppConfig,
            NuGetConfig,
            PublishProfile,
        }

        private static JsonSettingsResult Read(string text, Kind kind)
        {
            if (text.Length > MaxLength) return JsonSettingsResult.Failed($"file is {text.Length:N0} characters, over the {MaxLength:N0} limit for settings files", 1, 1);
            if (text.IndexOf('\0') >= 0) return JsonSettingsResult.Failed("file is not text (it contains NUL characters)", 1, 1);

            var readerSettings = new XmlReaderSettings
            {
                // No DTD means no entity expansion (billion laughs) and nothing fetched from disk or network.
                DtdProcessing = DtdProcessing.Prohibit,
                XmlResolver = null,
                MaxCharactersInDocument = MaxLength,
                IgnoreComments = true,
                IgnoreProcessingInstructions = true,
            };
            var settings = new List<SettingValue>();
            var elements = new List<string>();
            var lines = new LineStarts(text);
            try
            {
                using (XmlReader reader = XmlReader.Create(new StringReader(text), readerSettings))
                {
                    var position = (IXmlLineInfo)reader;
                    while (reader.Read())
                    {
                        switch (reader.NodeType)
                        {
                            case XmlNodeType.Element:
                                if (elements.Count >= MaxDepth)
                                {
                                    return JsonSettingsResult.Failed($"elements are nested deeper than {MaxDepth} levels", position.LineNumber, position.LinePosition);
                                }

                                string name = reader.LocalName;
                                bool empty = reader.IsEmptyElement;
                                if (kind != Kind.PublishProfile && reader.HasAttributes) AddAttributes(kind, elements, name, ReadAttributes(reader, text, lines), settings);
                                if (!empty) elements.Add(name);
                                break;
                            case XmlNodeType.Text:
                            case XmlNodeType.CDATA:
                                if (kind == Kind.PublishProfile && IsProperty(elements)) AddText(reader, position, text, lines, elements[elements.Count - 1], settings);
                                break;
                            case XmlNodeType.EndElement:
                                elements.RemoveAt(elements.Count - 1);
                                break;
                        }
                    }
                }
            }
            catch (XmlException ex) when (ex.Message.IndexOf("DTD", StringComparison.Ordinal) >= 0)
            {
                // The reader gives no position for a prohibited DTD; it starts at <!DOCTYPE.
                (int line, int column) = lines.PositionOf(Math.Max(0, text.IndexOf("<!DOCTYPE", StringComparison.Ordinal)));
                return JsonSettingsResult.Failed("a DTD (<!DOCTYPE …>) is not allowed in a configuration file", line, column);
            }
            catch (XmlException ex)
            {
                return JsonSettingsResult.Failed(Describe(ex), Math.Max(1, ex.LineNumber), Math.Max(1, ex.LinePosition));
            }

            return JsonSettingsResult.Succeeded(settings);
        }

        private static void AddAttributes(Kind kind, List<string> elements, string name, Dictionary<string, Attribute> attributes, List<SettingValue> settings)
        {
            string parent = elements.Count == 0 ? "" : elements[elements.Count - 1];
            if (kind == Kind.NuGetConfig)
            {
                if (name == "add" && attributes.TryGetValue("key", out Attribute? key) && attributes.TryGetValue("value", out Attribute? value))
                {
                    // Below <configuration>; a source's credentials element is its name, XML-encoded (Contoso_x0020_Feed).
                    var sections = new List<string>();
                    for (int i = 1; i < elements.Count; i++) sections.Add(XmlConvert.DecodeName(elements[i]));
                    sections.Add(key.Value);
                    Add(settings, string.Join(":", sections), value, TokenUsage.ConfigurationKind);
                }

                return;
            }

            if (name == "add" && parent == "appSettings" && attributes.TryGetValue("key", out Attribute? settingKey) && attributes.TryGetValue("value", out Attribute? settingValue))
            {
                Add(settings, settingKey.Value, settingValue, TokenUsage.ConfigurationKind);
            }
            else if (name == "add" && parent == "connectionStrings" && attributes.TryGetValue("name", out Attribute? connectionName) && attributes.TryGetValue("connectionString", out Attribute? connectionString))
            {
                Add(settings, "ConnectionStrings:" + connectionName.Value, connectionString, TokenUsage.ConfigurationKind);
            }
            else if (name == "network" && parent == "smtp" && attributes.TryGetValue("password", out Attribute? password))
            {
                Add(settings, "system.net:mailSettings:smtp:network:password", password, TokenUsage.ConfigurationKind);
            }
        }

        // <Project><PropertyGroup><Name>value</Name>: a property, the only text a publish profile's secrets are in.
        private static bool IsProperty(List<string> elements) =>
            elements.Count == 3 && elements[0] == "Project" && elements[1] == "PropertyGroup";

        private static void Add(List<SettingValue> settings, string path, Attribute attribute, string usageKind)
        {
            if (attribute.ValueStart < 0) return;
            settings.Add(new SettingValue(path, attribute.Value, attribute.ValueStart, attribute.ValueLength, usageKind: usageKind));
        }

        private static void AddText(XmlReader reader, IXmlLineInfo position, string text, LineStarts lines, string property, List<SettingValue> settings)
        {
            int start = lines.OffsetOf(position.LineNumber, position.LinePosition);
            int end = reader.NodeType == XmlNodeType.CDATA ? text.IndexOf("]]>", start, StringComparison.Ordinal) : text.IndexOf('<', start);
            if (end < 0) return;
            settings.Add(new SettingValue(property, reader.Value, start, end - start, usageKind: TokenUsage.EnvironmentKind, quoted: false));
        }

        // The reader gives the position of an attribute's name; its value starts after '=', spaces and the quote.
        private static Dictionary<string, Attribute> ReadAttributes(XmlReader reader, string text, LineStarts lines)
        {
            var attributes = new Dictionary<string, Attribute>(StringComparer.Ordinal);
            var position = (IXmlLineInfo)reader;
            while (reader.MoveToNextAttribute())
            {
                if (reader.NamespaceURI.Length != 0 || attributes.ContainsKey(reader.LocalName)) continue;
                int at = lines.OffsetOf(position.LineNumber, position.LinePosition);
                int equals = text.IndexOf('=', at);
                int quote = equals + 1;
                while (equals >= 0 && quote < text.Length && (text[quote] == ' ' || text[quote] == '\t' || text[quote] == '\r' || text[quote] == '\n')) quote++;
                int end = equals >= 0 && quote < text.Length && (text[quote] == '"' || text[quote] == '\'') ? text.IndexOf(text[quote], quote + 1) : -1;
                attributes.Add(reader.LocalName, end < 0 ? new Attribute(reader.Value, -1, 0) : new Attribute(reader.Value, quote + 1, end - quote - 1));
            }

            reader.MoveToElement();
            return attributes;
        }

        private static string Describe(XmlException ex)
        {
            string message = ex.Message;
            int cut = message.IndexOf(" Line ", StringComparison.Ordinal);
            return "invalid XML: " + (cut > 0 ? message.Substring(0, cut) : message).TrimEnd(' ', '.', ',');
        }

        /// <summary>An attribute's decoded value and where it is written (-1 when it could not be found).</summary>
        private sealed class Attribute
        {
            public Attribute(string value, int valueStart, int valueLength)
            {
                Value = value;
                ValueStart = valueStart;
                ValueLength = valueLength;
            }

            public string Value { get; }

            public int ValueStart { get; }

            public int ValueLength { get; }
        }
    }
}
