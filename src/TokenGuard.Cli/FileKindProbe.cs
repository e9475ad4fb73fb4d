using System;
using System.IO;
using System.Runtime.InteropServices;

namespace TokenGuard.Cli
{
    /// <summary>
    /// The <see cref="FileKind"/> of a path, found without opening it: opening a FIFO blocks until a writer
    /// comes, and <c>FileSystemInfo</c> cannot tell a FIFO or a device from a regular file.
    /// </summary>
    internal static class FileKindProbe
    {
        // st_mode type bits (the same on Linux, macOS and the BSDs; .NET's System.Native passes st_mode through).
        private const int TypeMask = 0xF000;
        private const int RegularType = 0x8000;
        private const int DirectoryType = 0x4000;
        private const int LinkType = 0xA000;

        private const int NoSuchEntry = 2;     // ENOENT
        private const int NotADirectory = 20;  // ENOTDIR

        private static bool _nativeMissing;

        /// <summary>The path itself: a symbolic link is <see cref="FileKind.SymbolicLink"/>.</summary>
        public static FileKind Of(string path) => Probe(path, followLinks: false);

        /// <summary>What the path leads to after following links (for a manifest the user named).</summary>
        public static FileKind OfTarget(string path) => Probe(path, followLinks: true);

        private static FileKind Probe(string path, bool followLinks)
        {
            if (!OperatingSystem.IsWindows() && !_nativeMissing)
            {
                try
                {
                    return Native(path, followLinks);
                }
                catch (Exception ex) when (ex is DllNotFoundException || ex is EntryPointNotFoundException)
                {
                    _nativeMissing = true; // A runtime without System.Native's stat: fall back to what .NET shows.
                }
            }

            return Managed(path, followLinks);
        }

        private static FileKind Native(string path, bool followLinks)
        {
            // System.Native's FileStatus starts with int Flags, int Mode; the buffer is larger than the struct on purpose,
            // and on the stack: a scan probes every file twice.
            Span<byte> status = stackalloc byte[512];
            int result = followLinks ? Stat(path, ref MemoryMarshal.GetReference(status)) : LStat(path, ref MemoryMarshal.GetReference(status));
            if (result != 0)
            {
                int error = Marshal.GetLastPInvokeError();
                return error == NoSuchEntry || error == NotADirectory ? FileKind.Missing : FileKind.Inaccessible;
            }

            int type = MemoryMarshal.Read<int>(status.Slice(4)) & TypeMask;
            return type switch
            {
                RegularType => FileKind.Regular,
                DirectoryType => FileKind.Directory,
                LinkType => FileKind.SymbolicLink,
                _ => FileKind.Special,
            };
        }

        // Windows has no FIFOs or devices among a tree's files (named pipes live under \\.\pipe\).
        private static FileKind Managed(string path, bool followLinks)
        {
            var info = new FileInfo(path);
            FileSystemInfo entry = info.Exists ? info : new DirectoryInfo(path);
            if (!entry.Exists && entry.LinkTarget is null) return FileKind.Missing;
            if (entry.LinkTarget != null)
            {
                if (!followLinks) return FileKind.SymbolicLink;
                FileSystemInfo? target = entry.ResolveLinkTarget(returnFinalTarget: true);
                if (target is null || !target.Exists) return FileKind.Missing;
                entry = target;
            }

            return entry.Attributes.HasFlag(FileAttributes.Directory) ? FileKind.Directory : FileKind.Regular;
        }

        [DllImport("libSystem.Native", EntryPoint = "SystemNative_LStat", SetLastError = true)]
        private static extern int LStat([MarshalAs(UnmanagedType.LPUTF8Str)] string path, ref byte status);

        [DllImport("libSystem.Native", EntryPoint = "SystemNative_Stat", SetLastError = true)]
        private static extern int Stat([MarshalAs(UnmanagedType.LPUTF8Str)] string path, ref byte status);
    }
}
