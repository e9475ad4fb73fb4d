using System;
using System.IO;
using Microsoft.Build.Framework;
using Microsoft.Build.Utilities;
using TokenGuard.Manifest;

namespace TokenGuard.Build
{
    /// <summary>
    /// The manifest parsed once per build: ReadTokenManifest, ValidateTokenManifest and both inventory writes of a
    /// project (and every project of a solution sharing it, on one node) reuse the first parse. The key holds the
    /// file's size and write time, so an edit between two builds of one long-lived node is parsed again.
    /// </summary>
    internal static class ParsedManifests
    {
        public static ManifestLoadResult? Load(string path, IBuildEngine? engine, TaskLoggingHelper log)
        {
            string key = Key(path);
            var registry = engine as IBuildEngine4;
            if (registry?.GetRegisteredTaskObject(key, RegisteredTaskObjectLifetime.Build) is ManifestLoadResult cached)
            {
                log.LogMessage(MessageImportance.Low, "TokenGuard: reusing this build's parse of {0}", path);
                return cached;
            }

            ManifestLoadResult? result = ManifestFile.Load(path, log);
            log.LogMessage(MessageImportance.Low, "TokenGuard: parsed {0}", path);
            // A file that cannot be read is not cached: its error is reported by whichever task asks.
            if (result != null) registry?.RegisterTaskObject(key, result, RegisteredTaskObjectLifetime.Build, allowEarlyCollection: true);
            return result;
        }

        private static string Key(string path)
        {
            var file = new FileInfo(path);
            string version = file.Exists ? file.Length + "@" + file.LastWriteTimeUtc.Ticks : "absent";
            return "TokenGuard.Manifest:" + file.FullName + "|" + version;
        }
    }
}
