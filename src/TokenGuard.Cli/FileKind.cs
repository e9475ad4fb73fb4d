namespace TokenGuard.Cli
{
    /// <summary>What a path is, as lstat sees it: the link itself, never what it points to.</summary>
    internal enum FileKind
    {
        /// <summary>Nothing there (deleted since git listed it, or a dangling parent).</summary>
        Missing,

        /// <summary>A regular file: the only kind <c>scan</c> opens.</summary>
        Regular,

        Directory,

        SymbolicLink,

        /// <summary>A FIFO, character or block device, or socket: opening one can block forever or never end.</summary>
        Special,

        /// <summary>The type could not be read (a parent folder without search permission).</summary>
        Inaccessible,
    }
}
