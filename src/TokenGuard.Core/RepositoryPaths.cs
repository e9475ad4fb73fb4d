using System;
using System.IO;

namespace TokenGuard
{
    /// <summary>How artifacts name files: relative to the repository (the manifest's folder), with '/'.</summary>
    public static class RepositoryPaths
    {
        /// <summary><paramref name="path"/> relative to <paramref name="root"/> when under it, else unchanged; '/' separators.</summary>
        public static string Relative(string? root, string path)
        {
            if (!string.IsNullOrWhiteSpace(root))
            {
                string prefix = Path.GetFullPath(root).TrimEnd('/', '\\') + Path.DirectorySeparatorChar;
                string full = Path.GetFullPath(path);
                if (full.StartsWith(prefix, StringComparison.OrdinalIgnoreCase)) path = full.Substring(prefix.Length);
            }

            return path.Replace('\\', '/');
        }
    }
}
