using System.Collections.Generic;
using System.IO;
using System.Linq;
using Microsoft.Build.Framework;
using TokenGuard.Manifest;

namespace TokenGuard.Build
{
    /// <summary>One manifest often serves a whole solution (and every target framework): its problems are reported once per build, not per project.</summary>
    internal static class ReportOnce
    {
        public static bool AlreadyReported(IBuildEngine? engine, string manifestPath, IEnumerable<ManifestDiagnostic> diagnostics)
        {
            if (!(engine is IBuildEngine4 registry)) return false;
            string key = "TokenGuard.Validated:" + Path.GetFullPath(manifestPath) + "\n" + string.Join("\n", diagnostics.Select(d => d.ToString()));
            if (registry.GetRegisteredTaskObject(key, RegisteredTaskObjectLifetime.Build) != null) return true;
            registry.RegisterTaskObject(key, new object(), RegisteredTaskObjectLifetime.Build, allowEarlyCollection: false);
            return false;
        }
    }
}
