using System;
using System.Globalization;

namespace TokenGuard.Cli.History
{
    /// <summary>The first 128 bits of an object id: what the seen-set keeps, a fraction of the string's memory.</summary>
    internal readonly struct BlobId : IEquatable<BlobId>
    {
        private readonly ulong _high;
        private readonly ulong _low;

        private BlobId(ulong high, ulong low)
        {
            _high = high;
            _low = low;
        }

        public static BlobId Parse(string hex) => new BlobId(
            ulong.Parse(hex.AsSpan(0, 16), NumberStyles.HexNumber, CultureInfo.InvariantCulture),
            ulong.Parse(hex.AsSpan(16, 16), NumberStyles.HexNumber, CultureInfo.InvariantCulture));

        public bool Equals(BlobId other) => _high == other._high && _low == other._low;

        public override bool Equals(object? obj) => obj is BlobId other && Equals(other);

        public override int GetHashCode() => HashCode.Combine(_high, _low);
    }
}
