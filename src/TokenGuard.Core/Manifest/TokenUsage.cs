namespace TokenGuard.Manifest
{
    /// <summary>How code reaches a token: an environment variable or a configuration key.</summary>
    public sealed class TokenUsage
    {
        public const string EnvironmentKind = "env";
        public const string ConfigurationKind = "config";

        public TokenUsage(string kind, string name, SourceLocation location)
        {
            Kind = kind;
            Name = name;
            Location = location;
        }

        /// <summary><see cref="EnvironmentKind"/> or <see cref="ConfigurationKind"/>.</summary>
        public string Kind { get; }

        /// <summary>As written in the manifest; may contain <c>*</c> wildcards.</summary>
        public string Name { get; }

        public SourceLocation Location { get; }
    }
}
