namespace TokenGuard.Cli.Audit
{
    /// <summary>One field of an audited token as reported, with the source it was taken from.</summary>
    internal sealed class AuditField
    {
        public AuditField(string name, string value, string source)
        {
            Name = name;
            Value = value;
            Source = source;
        }

        public string Name { get; }

        public string Value { get; }

        public string Source { get; }
    }
}
