using System;
using System.IO;

namespace TokenGuard.Cli
{
    /// <summary>
    /// <c>scan</c> never follows a symbolic link: a link inside the tree points at content scanned under its own
    /// path (or deliberately excluded), one that leaves the tree, dangles or loops is skipped with a warning.
    /// Nothing here opens the target; only link texts are read, so a loop or /dev/zero cannot hang the scan.
    /// </summary>
    internal static class SymbolicLinks
    {
        private const int MaxHops = 40; // Linux's own limit before ELOOP.

        /// <summary>Null when the link stays inside <paramref name="root"/> and leads to a file or folder; otherwise the warning.</summary>
        public static string? WhySkipped(string root, string link)
        {
            string current = link;
            for (int hop = 0; hop < MaxHops; hop++)
            {
                string? text;
                try
                {
                    text = new FileInfo(current).LinkTarget;
                }
                catch (Exception ex) when (ex is IOException || ex is UnauthorizedAccessException)
                {
                    return "skipped, symbolic link that cannot be read";
                }

                if (text is null) return "skipped, symbolic link that cannot be read";
                string target = Path.GetFullPath(text, Path.GetDirectoryName(current)!);
                if (!IsInside(root, target)) return "skipped, symbolic link to outside the tree";
                switch (FileKindProbe.Of(target))
                {
                    case FileKind.Regular:
                    case FileKind.Directory:
                    case FileKind.Special: // Warned at its own path, if the tree lists it.
                        return null;
                    case FileKind.SymbolicLink:
                        current = target;
                        continue;
                    case FileKind.Missing:
                        return "skipped, dangling symbolic link";
                    default:
                        return "skipped, symbolic link that cannot be read";
                }
            }

            return "skipped, symbolic link loop";
        }

        public static bool IsInside(string root, string fullPath)
        {
            string trimmed = Path.TrimEndingDirectorySeparator(root);
            if (Path.EndsInDirectorySeparator(trimmed)) return fullPath.StartsWith(trimmed, StringComparison.Ordinal); // "/" or "C:\"
            return string.Equals(fullPath, trimmed, StringComparison.Ordinal)
                || (fullPath.StartsWith(trimmed, StringComparison.Ordinal) && fullPath.Length > trimmed.Length
                    && (fullPath[trimmed.Length] == Path.DirectorySeparatorChar || fullPath[trimmed.Length] == Path.AltDirectorySeparatorChar));
        }
    }
}
