namespace TokenGuard.Cli
{
    /// <summary>A token usage found in a file's text: an environment variable or configuration key read (in C#, from its syntax), with its offset.</summary>
    internal sealed class TextUsage
    {
        public TextUsage(string kind, string name, int offset, bool inSettingsFile, bool prefixKnown = true)
        {
            PrefixKnown = prefixKnown;
            Kind = kind;
            Name = name;
            Offset = offset;
            InSettingsFile = inSettingsFile;
        }

        /// <summary><c>env</c> or <c>config</c>, as in the manifest.</summary>
        public string Kind { get; }

        public string Name { get; }

        /// <summary>Character offset in the file: the key's string literal in C#, the value in appsettings.</summary>
        public int Offset { get; }

        /// <summary>False for a key read from a section whose path the syntax could not trace: <see cref="Name"/> is only its tail.</summary>
        public bool PrefixKnown { get; }

        /// <summary>A secret-like key in appsettings*.json (TG0005) rather than a read in C# (TG0003).</summary>
        public bool InSettingsFile { get; }
    }
}
