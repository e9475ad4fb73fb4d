using Microsoft.CodeAnalysis.CSharp.Syntax;
using TokenGuard.Manifest;

namespace TokenGuard.CodeFixes
{
    /// <summary>Where a hard-coded secret is read from once the fix has moved it out of the code.</summary>
    internal abstract class SecretSource
    {
        /// <summary>The code action's title.</summary>
        public abstract string Title { get; }

        /// <summary>What the fix registers in tokens.yaml.</summary>
        public abstract TokenUsageRequest Usage { get; }

        /// <summary>The expression that replaces the secret; it throws when the value is not set, so the type stays a non-null string.</summary>
        public abstract ExpressionSyntax Read();
    }
}
