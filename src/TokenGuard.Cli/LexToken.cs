using System;

namespace TokenGuard.Cli
{
    /// <summary>The kinds of C# token <see cref="SourcePrefilter"/> tells apart; every other token is <see cref="Other"/>.</summary>
    internal enum LexKind : byte
    {
        /// <summary>Any other token: an operator or punctuation (its text the value), or a numeric or character literal (no value).</summary>
        Other,

        /// <summary>An identifier or a keyword (no keyword holds a secret word, ends in "Headers" or is "Add").</summary>
        Identifier,

        /// <summary>A string literal (regular, verbatim, raw or UTF-8): the value is its value, escapes decoded.</summary>
        StringLiteral,

        /// <summary>An interpolated string, one token with its holes: the value is its text as written.</summary>
        InterpolatedString,

        Plus,
        Dot,
        Comma,
        Equals,
        EqualsGreaterThan,
        Colon,
        OpenParen,
        CloseParen,
        Semicolon,
        CloseBracket,
    }

    /// <summary>
    /// One token as the prefilter reads it: a kind and, for identifiers and literals, a value that is a span of
    /// <see cref="Source"/> (the file's text when the value is written as it is, else a decoded copy), so a token
    /// costs no allocation unless its value has escapes.
    /// </summary>
    internal readonly struct LexToken : IEquatable<LexToken>
    {
        public LexToken(LexKind kind, string source, int start, int length)
        {
            Kind = kind;
            Source = source;
            Start = start;
            Length = length;
        }

        public LexKind Kind { get; }

        public string Source { get; }

        public int Start { get; }

        public int Length { get; }

        public ReadOnlySpan<char> Value => Source is null ? default : Source.AsSpan(Start, Length);

        public bool IsStringLiteral => Kind == LexKind.StringLiteral || Kind == LexKind.InterpolatedString;

        public bool Equals(LexToken other) => Kind == other.Kind && Value.SequenceEqual(other.Value);

        public override bool Equals(object? obj) => obj is LexToken other && Equals(other);

        public override int GetHashCode() => HashCode.Combine(Kind, Length);

        public override string ToString() => Kind + " |" + Value.ToString() + "|";
    }
}
