using System.Runtime.CompilerServices;
using Microsoft.CodeAnalysis.Text;
using TokenGuard.Settings;

namespace TokenGuard.Analyzers
{
    /// <summary>
    /// Parses each settings file once, keyed by its SourceText as <see cref="ManifestProvider"/> does: the IDE
    /// keeps that object while the file is unchanged, so typing in C# never re-parses XML, YAML or JSON.
    /// </summary>
    internal static class SettingsFileCache
    {
        private static readonly ConditionalWeakTable<SourceText, Parsed> Cache = new ConditionalWeakTable<SourceText, Parsed>();

        public static JsonSettingsResult Read(SettingsFileKind kind, SourceText text)
        {
            Parsed parsed = Cache.GetValue(text, t => new Parsed(kind, SettingsFiles.Read(kind, t.ToString())));
            // The same text under another file name (one SourceText shared by two paths) reads differently.
            return parsed.Kind == kind ? parsed.Result : SettingsFiles.Read(kind, text.ToString());
        }

        private sealed class Parsed
        {
            public Parsed(SettingsFileKind kind, JsonSettingsResult result)
            {
                Kind = kind;
                Result = result;
            }

            public SettingsFileKind Kind { get; }

            public JsonSettingsResult Result { get; }
        }
    }
}
