// RS1035 bans file access in analyzers because they also run in the IDE, concurrently and repeatedly. This class
// is the one exception, and only for the command-line compile: it writes nothing unless the build passed
// build/TokenGuard.UsageFiles.globalconfig (never in design-time builds, whose options the IDE uses), it writes
// once per compilation from a compilation end action, atomically (a temporary file moved over the old one), and
// leaves an unchanged file untouched so the inventory target stays up to date.
#pragma warning disable RS1035
using System;
using System.Collections.Concurrent;
using System.IO;
using System.Linq;
using System.Text;
using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using TokenGuard.Manifest;

namespace TokenGuard.Analyzers
{
    /// <summary>One analyzer's usage locations for one compilation, written for the inventory task (see <see cref="UsageFiles"/>).</summary>
    internal sealed class UsageFile
    {
        private static readonly Encoding Utf8 = new UTF8Encoding(encoderShouldEmitUTF8Identifier: false);

        private readonly string _path;

        // Added to concurrently by the analyzer's actions; read once, at compilation end.
        private readonly ConcurrentBag<(string File, int Line, string TokenId)> _usages = new ConcurrentBag<(string File, int Line, string TokenId)>();

        private UsageFile(string path) => _path = path;

        /// <summary>The file <paramref name="fileName"/> when this compilation is a build's that asked for it; otherwise null.</summary>
        public static UsageFile? ForBuild(AnalyzerOptions options, string fileName)
        {
            AnalyzerConfigOptions global = options.AnalyzerConfigOptionsProvider.GlobalOptions;
            if (!global.TryGetValue(UsageFiles.WriteSwitch, out string? write) || !string.Equals(write?.Trim(), "true", StringComparison.OrdinalIgnoreCase)) return null;
            if (!global.TryGetValue("build_property." + UsageFiles.DirectoryProperty, out string? directory) || string.IsNullOrWhiteSpace(directory)) return null;
            return Path.IsPathRooted(directory!.Trim()) ? new UsageFile(Path.Combine(directory.Trim(), fileName)) : null;
        }

        /// <summary>Records a read <paramref name="entry"/> registers, where TG0010 is reported for it.</summary>
        public void Add(Location location, ManifestEntry entry)
        {
            FileLinePositionSpan span = location.GetLineSpan();
            if (entry.Id is null || !span.IsValid || string.IsNullOrEmpty(span.Path)) return;
            _usages.Add((span.Path, span.StartLinePosition.Line + 1, entry.Id));
        }

        /// <summary>Writes the usages, sorted, unless the file already holds exactly these.</summary>
        public void Write(CancellationToken cancellationToken)
        {
            var content = new StringBuilder(UsageFiles.Header).Append('\n');
            foreach (var usage in _usages.Distinct().OrderBy(u => u.File, StringComparer.Ordinal).ThenBy(u => u.Line).ThenBy(u => u.TokenId, StringComparer.Ordinal))
            {
                string? line = UsageFiles.FormatLine(usage.TokenId, usage.Line, usage.File);
                if (line != null) content.Append(line).Append('\n');
            }

            string text = content.ToString();
            cancellationToken.ThrowIfCancellationRequested();
            if (File.Exists(_path) && File.ReadAllText(_path, Utf8) == text) return;

            Directory.CreateDirectory(Path.GetDirectoryName(_path)!);
            string temporary = _path + "." + Guid.NewGuid().ToString("N") + ".tmp";
            try
            {
                File.WriteAllText(temporary, text, Utf8);
                if (File.Exists(_path)) File.Replace(temporary, _path, destinationBackupFileName: null);
                else File.Move(temporary, _path);
            }
            finally
            {
                if (File.Exists(temporary)) File.Delete(temporary);
            }
        }
    }
}
