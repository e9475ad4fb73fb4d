using System;

namespace TokenGuard.Json
{
    /// <summary>
    /// Turns byte offsets of a UTF-8 JSON document into 1-based line numbers, so every complaint about an
    /// input file can say where. Offsets must be asked in increasing order (one forward pass, no re-scan).
    /// </summary>
    public sealed class JsonLineMap
    {
        private readonly byte[] _bytes;
        private long _offset;
        private int _line = 1;

        public JsonLineMap(byte[] bytes) => _bytes = bytes;

        public int LineAt(long offset)
        {
            if (offset < _offset)
            {
                _offset = 0;
                _line = 1;
            }

            long end = Math.Min(offset, _bytes.Length);
            for (; _offset < end; _offset++)
            {
                if (_bytes[_offset] == (byte)'\n') _line++;
            }

            return _line;
        }
    }
}
