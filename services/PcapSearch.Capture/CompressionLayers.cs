using System.IO.Compression;
using ZstdSharp;

namespace PcapSearch.Capture;

/// <summary>
/// Peels gzip and zstd layers (at most two, e.g. a .pcap.gz inside a .zst) off an input by their
/// magic bytes, and hands back the innermost stream with its first bytes already read.
/// </summary>
internal static class CompressionLayers
{
    /// <summary>Enough for every magic <see cref="ContentDescription"/> looks for (tar's is at 257).</summary>
    public const int HeadSize = 512;

    private const int MaxLayers = 2;

    public sealed record Unwrapped(Stream Stream, byte[] Head, int HeadLength, IReadOnlyList<string> Layers);

    public static Unwrapped Unwrap(Stream raw, string name)
    {
        var layers = new List<string>(MaxLayers);
        Stream stream = raw;
        while (true)
        {
            byte[] head = new byte[HeadSize];
            int length = ReadHead(stream, head, layers, name);
            string? layer = LayerOf(head.AsSpan(0, length));
            if (layer == null) return new Unwrapped(stream, head, length, layers);
            if (layers.Count == MaxLayers)
            {
                throw new CaptureRefusedException(name, $"{Nest(layers, layer)} data, nested deeper than {MaxLayers} compression layers");
            }
            layers.Add(layer);
            var replay = new PrefixedStream(head, length, stream);
            stream = layer == "gzip"
                ? new GZipStream(replay, CompressionMode.Decompress)
                : new DecompressionStream(replay);
        }
    }

    /// <summary>"gzip of zstd of " + inner: the outermost layer comes first.</summary>
    public static string Nest(IReadOnlyList<string> layers, string inner)
    {
        string text = inner;
        for (int i = layers.Count - 1; i >= 0; i--) text = $"{layers[i]} of {text}";
        return text;
    }

    private static string? LayerOf(ReadOnlySpan<byte> head)
    {
        if (head.Length >= 3 && head[0] == 0x1F && head[1] == 0x8B && head[2] == 8) return "gzip";
        if (head.Length >= 4 && head[0] == 0x28 && head[1] == 0xB5 && head[2] == 0x2F && head[3] == 0xFD) return "zstd";
        return null;
    }

    private static int ReadHead(Stream stream, byte[] head, IReadOnlyList<string> layers, string name)
    {
        int length = 0;
        try
        {
            while (length < head.Length)
            {
                int read = stream.Read(head, length, head.Length - length);
                if (read == 0) break;
                length += read;
            }
        }
        catch (Exception e) when (layers.Count > 0 && e is InvalidDataException or ZstdException or EndOfStreamException)
        {
            // What was decompressed before the fault is still worth reading; the window reports the fault.
            if (length == 0)
            {
                string corrupt = $"a corrupt {layers[^1]} stream ({e.Message})";
                throw new CaptureRefusedException(name, Nest(layers.Take(layers.Count - 1).ToList(), corrupt));
            }
        }
        return length;
    }
}
