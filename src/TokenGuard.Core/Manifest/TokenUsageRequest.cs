namespace TokenGuard.Manifest
{
    /// <summary>A usage to register: <c>env</c> or <c>config</c> and the key.</summary>
    public sealed class TokenUsageRequest
    {
        public TokenUsageRequest(string kind, string name)
        {
            Kind = kind;
            Name = name;
        }

        public string Kind { get; }

        public string Name { get; }
    }
}
