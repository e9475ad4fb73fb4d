using System.Collections.Generic;

namespace TokenGuard.Detection
{
    /// <summary>
    /// The rules whose keywords occur in a text, found once (<see cref="TokenScanner.FindKeywords"/>): whether it may hold a
    /// known token, then its findings, without looking for the keywords again. A host that asks both of a large text pays one pass.
    /// </summary>
    public readonly struct KeywordPass
    {
        private readonly TokenScanner _scanner;
        private readonly string _text;
        private readonly RuleMask _candidates;

        internal KeywordPass(TokenScanner scanner, string text, RuleMask candidates)
        {
            _scanner = scanner;
            _text = text;
            _candidates = candidates;
        }

        /// <summary>As <see cref="TokenScanner.MayContainToken"/> over the whole text.</summary>
        public bool MayContainToken => _scanner.MayContainToken(_text, 0, _text.Length, _candidates);

        /// <summary>As <see cref="TokenScanner.Scan(string)"/>.</summary>
        public IReadOnlyList<TokenFinding> Scan() => _scanner.Scan(_text, _candidates);
    }
}
