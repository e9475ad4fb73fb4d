namespace TokenGuard.Cli.Audit
{
    /// <summary>A value and where it came from (an export's file and line, or the inventory), so an auditor can check it.</summary>
    internal sealed class Sourced<T>
    {
        public Sourced(T value, string source)
        {
            Value = value;
            Source = source;
        }

        public T Value { get; }

        public string Source { get; }
    }
}
