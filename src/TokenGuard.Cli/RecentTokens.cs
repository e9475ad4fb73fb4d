using Microsoft.CodeAnalysis;

namespace TokenGuard.Cli
{
    /// <summary>The last few tokens the lexer gave, newest first: what <see cref="SourcePrefilter"/> reads a literal's position from.</summary>
    internal sealed class RecentTokens
    {
        // Enough for the longest position the prefilter reads (a name, a bracket, an operator, a few parentheses).
        private const int Capacity = 8;

        private readonly SyntaxToken[] _tokens = new SyntaxToken[Capacity];
        private int _count;

        public void Add(SyntaxToken token) => _tokens[_count++ % Capacity] = token;

        /// <summary>The token <paramref name="back"/> places before the newest (0 is the newest); none (default) past the start or the capacity.</summary>
        public SyntaxToken this[int back] => back < Capacity && back < _count ? _tokens[(_count - 1 - back) % Capacity] : default;
    }
}
