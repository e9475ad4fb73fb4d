using System;
using System.Globalization;

namespace TokenGuard
{
    /// <summary>
    /// How usage locations travel from the analyzers to the inventory task: during a command-line compile each
    /// analyzer that finds registered reads writes one small file in the project's intermediate folder (obj/…/&lt;tfm&gt;/)
    /// and WriteTokenInventory reads them back. Only TokenGuard's own findings travel, so the files grow with this
    /// project's token reads, never with other analyzers' output (as the compiler's SARIF error log, the channel
    /// before, did). One line per usage: <c>token id TAB line TAB file</c>. Never a value.
    /// </summary>
    public static class UsageFiles
    {
        // Shared rather than allocated for every line written or read.
        private static readonly char[] Tab = { '\t' };
        private static readonly char[] Separators = { '\t', '\r', '\n' };

        /// <summary>
        /// The global analyzer config key that allows the write. Only build/TokenGuard.UsageFiles.globalconfig sets it,
        /// and the targets pass that file to the compiler only outside design-time builds: the IDE never sees it.
        /// </summary>
        public const string WriteSwitch = "tokenguard_write_usage_files";

        /// <summary>The CompilerVisibleProperty naming the folder (absolute) the files are written to.</summary>
        public const string DirectoryProperty = "_TokenGuardUsageDirectory";

        /// <summary>Written by the analyzer of C# reads (environment variables, configuration keys, credential sinks).</summary>
        public const string CodeFileName = "tokenguard-usages.code.tsv";

        /// <summary>Written by the analyzer of settings files (appsettings, web.config, .env …).</summary>
        public const string SettingsFileName = "tokenguard-usages.settings.tsv";

        /// <summary>The first line: a reader meeting another format says so rather than misreading it.</summary>
        public const string Header = "# TokenGuard usage locations 1: token id, line, file (tab-separated)";

        /// <summary>One usage's line, or null when a part cannot be written unambiguously (a tab or line break in it).</summary>
        public static string? FormatLine(string tokenId, int line, string file)
        {
            if (HasSeparator(tokenId) || HasSeparator(file) || file.Length == 0) return null;
            return tokenId + "\t" + line.ToString(CultureInfo.InvariantCulture) + "\t" + file;
        }

        /// <summary>The parts of a line <see cref="FormatLine"/> wrote; false for anything else.</summary>
        public static bool TryParseLine(string text, out string tokenId, out int line, out string file)
        {
            tokenId = file = "";
            line = 0;
            string[] parts = text.Split(Tab, 3);
            if (parts.Length != 3 || parts[0].Length == 0 || parts[2].Length == 0) return false;
            if (!int.TryParse(parts[1], NumberStyles.None, CultureInfo.InvariantCulture, out line)) return false;
            tokenId = parts[0];
            file = parts[2];
            return true;
        }

        private static bool HasSeparator(string text) => text.IndexOfAny(Separators) >= 0;
    }
}
