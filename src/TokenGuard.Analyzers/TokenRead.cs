using Microsoft.CodeAnalysis;

namespace TokenGuard.Analyzers
{
    /// <summary>A read of a value from an environment variable or configuration key, traced to a constant key.</summary>
    internal sealed class TokenRead
    {
        public TokenRead(TokenReadKind kind, string key, bool prefixKnown, Location keyLocation)
        {
            Kind = kind;
            Key = key;
            PrefixKnown = prefixKnown;
            KeyLocation = keyLocation;
        }

        public TokenReadKind Kind { get; }

        /// <summary>The full key (<c>Stripe:ApiKey</c>), or only its known tail when <see cref="PrefixKnown"/> is false.</summary>
        public string Key { get; }

        /// <summary>False when the section the key is read from could not be traced (e.g. a section parameter).</summary>
        public bool PrefixKnown { get; }

        public Location KeyLocation { get; }
    }
}
