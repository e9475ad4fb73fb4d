using System;
using System.IO;
using System.Linq;

namespace TokenGuard
{
    /// <summary>How artifacts name files: relative to the repository (the manifest's folder), with '/'.</summary>
    public static class RepositoryPaths
    {
        private static readonly char[] Separators = { '/', '\\' };

        /// <summary>
        /// <paramref name="path"/> relative to <paramref name="root"/>, with '/' separators. A file outside the root (a
        /// linked file, a package's content file) gets '../' steps up to the folder both share; a file that shares no
        /// folder with it but the file system's root (another drive) gets its file name only. An artifact is shared
        /// beyond this machine, so it never carries an absolute path.
        /// </summary>
        public static string Relative(string? root, string path)
        {
            if (string.IsNullOrWhiteSpace(root)) return path.Replace('\\', '/');

            string[] rootParts = Parts(Path.GetFullPath(root));
            string[] fileParts = Parts(Path.GetFullPath(path));
            int shared = 0;
            while (shared < rootParts.Length && shared < fileParts.Length - 1
                   && string.Equals(rootParts[shared], fileParts[shared], StringComparison.OrdinalIgnoreCase))
            {
                shared++;
            }

            // Parts()[0] is the file system's root ("" for '/', "C:" on Windows): sharing only it is sharing nothing.
            if (shared <= 1) return fileParts[fileParts.Length - 1];
            return string.Join("/", Enumerable.Repeat("..", rootParts.Length - shared).Concat(fileParts.Skip(shared)));
        }

        private static string[] Parts(string fullPath) => fullPath.TrimEnd(Separators).Split(Separators);
    }
}
