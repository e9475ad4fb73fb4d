using System;
using System.IO;
using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;

namespace TokenGuard.Manifest
{
    /// <summary>The YAML of an owners list or owner map: its root mapping, parsed only after the depth precheck (YamlStream recurses per level).</summary>
    internal static class OwnerYaml
    {
        /// <param name="what">"owners file", "owner map": for messages.</param>
        /// <returns>The root mapping, or null when the document is empty or not a mapping.</returns>
        public static YamlMappingNode? Root(string text, string what)
        {
            var stream = new YamlStream();
            try
            {
                if (YamlPrecheck.Run(text).TooDeepAt is SourceLocation deep)
                    throw new OwnerExportException(deep.Line, $"{what} nests deeper than {YamlPrecheck.MaxDepth} levels");
                stream.Load(new StringReader(text));
            }
            catch (YamlException ex)
            {
                throw new OwnerExportException((int)ex.Start.Line, what + " YAML syntax error: " + ex.Message);
            }
            catch (InvalidOperationException)
            {
                // YamlDotNet's scanner throws this on some malformed input (the precheck turns most into YamlException).
                throw new OwnerExportException(1, what + " YAML syntax error (unbalanced brackets or quotes?)");
            }

            return stream.Documents.Count > 0 ? stream.Documents[0].RootNode as YamlMappingNode : null;
        }
    }
}
