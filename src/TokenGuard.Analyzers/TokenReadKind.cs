namespace TokenGuard.Analyzers
{
    /// <summary>How code reads a token; the code fix adds the usage in the matching manifest form.</summary>
    internal enum TokenReadKind
    {
        EnvironmentVariable,
        ConfigurationKey,
    }
}
