using System;
using System.Buffers.Binary;
using System.IO;
using System.IO.Compression;

namespace TokenGuard.Tests
{
    /// <summary>The pixels of a screenshot: an 8-bit RGB or RGBA, non-interlaced PNG (what Chromium writes), decoded with the framework's zlib.</summary>
    internal sealed class PngPixels
    {
        private readonly byte[] _pixels;
        private readonly int _channels;

        private PngPixels(int width, int height, int channels, byte[] pixels)
        {
            Width = width;
            Height = height;
            _channels = channels;
            _pixels = pixels;
        }

        public int Width { get; }

        public int Height { get; }

        public (byte R, byte G, byte B) this[int x, int y]
        {
            get
            {
                int at = (y * Width + x) * _channels;
                return (_pixels[at], _pixels[at + 1], _pixels[at + 2]);
            }
        }

        /// <summary>Pixels within <paramref name="tolerance"/> of the colour (#rrggbb) in the row.</summary>
        public int CountInRow(int y, string colour, int tolerance = 4)
        {
            (int r, int g, int b) = (Convert.ToInt32(colour.Substring(1, 2), 16), Convert.ToInt32(colour.Substring(3, 2), 16), Convert.ToInt32(colour.Substring(5, 2), 16));
            int count = 0;
            for (int x = 0; x < Width; x++)
            {
                var p = this[x, y];
                if (Math.Abs(p.R - r) <= tolerance && Math.Abs(p.G - g) <= tolerance && Math.Abs(p.B - b) <= tolerance) count++;
            }

            return count;
        }

        public static PngPixels Read(string file)
        {
            byte[] png = File.ReadAllBytes(file);
            int width = 0, height = 0, channels = 0;
            var compressed = new MemoryStream();
            for (int at = 8; at < png.Length;)
            {
                int length = BinaryPrimitives.ReadInt32BigEndian(png.AsSpan(at));
                string type = System.Text.Encoding.ASCII.GetString(png, at + 4, 4);
                var data = png.AsSpan(at + 8, length);
                if (type == "IHDR")
                {
                    width = BinaryPrimitives.ReadInt32BigEndian(data);
                    height = BinaryPrimitives.ReadInt32BigEndian(data.Slice(4));
                    if (data[8] != 8 || data[12] != 0 || (data[9] != 2 && data[9] != 6)) throw new NotSupportedException($"PNG bit depth {data[8]}, colour type {data[9]}, interlace {data[12]}");
                    channels = data[9] == 6 ? 4 : 3;
                }
                else if (type == "IDAT") compressed.Write(data);
                at += 12 + length;
            }

            compressed.Position = 0;
            var raw = new MemoryStream();
            using (var zlib = new ZLibStream(compressed, CompressionMode.Decompress)) zlib.CopyTo(raw);
            byte[] filtered = raw.ToArray();
            int stride = width * channels;
            var pixels = new byte[height * stride];
            for (int y = 0; y < height; y++)
            {
                byte filter = filtered[y * (stride + 1)];
                for (int x = 0; x < stride; x++)
                {
                    int value = filtered[y * (stride + 1) + 1 + x];
                    int left = x >= channels ? pixels[y * stride + x - channels] : 0;
                    int up = y > 0 ? pixels[(y - 1) * stride + x] : 0;
                    int upLeft = x >= channels && y > 0 ? pixels[(y - 1) * stride + x - channels] : 0;
                    value += filter switch
                    {
                        0 => 0,
                        1 => left,
                        2 => up,
                        3 => (left + up) / 2,
                        4 => Paeth(left, up, upLeft),
                        _ => throw new NotSupportedException("PNG filter " + filter),
                    };
                    pixels[y * stride + x] = (byte)value;
                }
            }

            return new PngPixels(width, height, channels, pixels);
        }

        private static int Paeth(int a, int b, int c)
        {
            int p = a + b - c;
            int pa = Math.Abs(p - a), pb = Math.Abs(p - b), pc = Math.Abs(p - c);
            return pa <= pb && pa <= pc ? a : pb <= pc ? b : c;
        }
    }
}
