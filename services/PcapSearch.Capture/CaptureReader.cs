using System.Buffers.Binary;

namespace PcapSearch.Capture;

/// <summary>
/// Streams the packets of a pcap or pcapng capture, optionally inside gzip or zstd (nested at most
/// twice). Packets are spans into one reusable buffer; damage is reported as
/// <see cref="Warnings"/> with byte offsets and the reader carries on where it can. Input that is not
/// a capture is refused by <see cref="Open(Stream, string, CaptureReaderOptions?)"/> with a
/// <see cref="CaptureRefusedException"/> saying what it looked like.
/// </summary>
public sealed partial class CaptureReader : IDisposable
{
    private const int LargestWindow = 1 << 20;
    private const int SmallestWindow = 64 * 1024;

    private readonly InputWindow _input;
    private readonly CaptureReaderOptions _options;
    private readonly WarningLog _warnings;
    private readonly CaptureFormat _format;
    private readonly List<CaptureInterface> _interfaces = [];
    private readonly List<ResolvedName> _names = [];
    private bool _bigEndian;
    private bool _compressionFaultReported;

    private CaptureReader(CompressionLayers.Unwrapped unwrapped, long rawLength, string name, CaptureReaderOptions options)
    {
        _options = options;
        InputLength = rawLength;
        _warnings = new WarningLog(options.MaxWarningsKept);
        ReadOnlySpan<byte> head = unwrapped.Head.AsSpan(0, unwrapped.HeadLength);
        bool compressed = unwrapped.Layers.Count > 0;
        _format = Sniff(head, name, unwrapped.Layers);
        int windowSize = compressed || rawLength < 0
            ? LargestWindow
            : (int)Math.Clamp(rawLength, SmallestWindow, LargestWindow);
        // A compressed input is decompressed ahead on a thread of its own (2 GB of gzip: 1.35-1.44 s instead of 1.48 s).
        // A plain file is not: the copy out of the read-ahead chunks cost what moving the kernel's read away saved.
        _input = new InputWindow(compressed ? new ReadAheadStream(unwrapped.Stream) : unwrapped.Stream, compressed, head, windowSize);
        try
        {
            string container = string.Concat(unwrapped.Layers.Reverse().Select(layer => " in " + layer));
            FormatDescription = _format == CaptureFormat.Pcap
                ? ReadPcapHeader(name, unwrapped.Layers) + container
                : ReadFirstSectionHeader(name, unwrapped.Layers) + container;
        }
        catch
        {
            _input.Dispose();
            throw;
        }
    }

    /// <summary>Opens a capture file; the file is read sequentially, never loaded whole.</summary>
    public static CaptureReader Open(string path, CaptureReaderOptions? options = null)
    {
        var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, bufferSize: 0,
            FileOptions.SequentialScan);
        return Open(stream, Path.GetFileName(path), options);
    }

    /// <summary>Reads a capture from <paramref name="stream"/>, which the reader now owns.</summary>
    /// <param name="name">Names the input in refusal messages.</param>
    public static CaptureReader Open(Stream stream, string name, CaptureReaderOptions? options = null)
    {
        try
        {
            long rawLength = stream.CanSeek ? stream.Length - stream.Position : -1;
            var unwrapped = CompressionLayers.Unwrap(stream, name);
            try
            {
                return new CaptureReader(unwrapped, rawLength, name, options ?? CaptureReaderOptions.Default);
            }
            catch
            {
                unwrapped.Stream.Dispose();
                throw;
            }
        }
        catch
        {
            stream.Dispose();
            throw;
        }
    }

    /// <summary>For example "pcap (microsecond, little-endian)", "pcapng in gzip".</summary>
    public string FormatDescription { get; }

    /// <summary>Bytes of the uncompressed capture consumed so far.</summary>
    public long Position => _input.Position;

    /// <summary>Bytes of the input as stored (compressed, when it is), or -1 when the stream does not say.</summary>
    public long InputLength { get; }

    /// <summary>The first <see cref="CaptureReaderOptions.MaxWarningsKept"/> warnings.</summary>
    public IReadOnlyList<CaptureWarning> Warnings => _warnings.Kept;

    /// <summary>All warnings, including those past the cap.</summary>
    public int WarningCount => _warnings.Count;

    /// <summary>Interfaces declared so far (the pcap file header counts as interface 0).</summary>
    public IReadOnlyList<CaptureInterface> Interfaces => _interfaces;

    /// <summary>Names from pcapng Name Resolution Blocks read so far.</summary>
    public IReadOnlyList<ResolvedName> ResolvedNames => _names;

    /// <summary>
    /// The next packet, or false at the end of the capture. Never throws for damaged input (only
    /// for I/O failures of the underlying stream); damage becomes <see cref="Warnings"/>.
    /// </summary>
    public bool TryRead(out CapturedPacket packet)
    {
        if (_format == CaptureFormat.Pcap ? TryReadPcap(out packet) : TryReadPcapng(out packet)) return true;
        ReportCompressionFault();
        return false;
    }

    public void Dispose() => _input.Dispose();

    private static CaptureFormat Sniff(ReadOnlySpan<byte> head, string name, IReadOnlyList<string> layers)
    {
        if (head.Length >= 4)
        {
            uint magic = BinaryPrimitives.ReadUInt32LittleEndian(head);
            if (PcapMagic.TryParse(magic, out _)) return CaptureFormat.Pcap;
            if (magic == SectionHeaderType) return CaptureFormat.Pcapng;
        }
        throw new CaptureRefusedException(name,
            CompressionLayers.Nest(layers, ContentDescription.Describe(head, layers.Count > 0)));
    }

    private void ReportCompressionFault()
    {
        if (_compressionFaultReported || _input.CompressionFault == null) return;
        _compressionFaultReported = true;
        Warn(_input.CompressionFaultOffset, CaptureFault.CompressionError,
            "the compressed stream is corrupt; packets up to here were kept: " + _input.CompressionFault);
    }

    private void Warn(long offset, CaptureFault fault, string detail) => _warnings.Add(offset, fault, detail);

    private uint Read32(ReadOnlySpan<byte> bytes) => Read32(bytes, _bigEndian);

    private static uint Read32(ReadOnlySpan<byte> bytes, bool bigEndian) =>
        bigEndian ? BinaryPrimitives.ReadUInt32BigEndian(bytes) : BinaryPrimitives.ReadUInt32LittleEndian(bytes);

    private ushort Read16(ReadOnlySpan<byte> bytes) =>
        _bigEndian ? BinaryPrimitives.ReadUInt16BigEndian(bytes) : BinaryPrimitives.ReadUInt16LittleEndian(bytes);

    /// <summary>Consumes what is left of a record the input ended inside, and says so.</summary>
    private bool EndInsideRecord(string unit, out CapturedPacket packet)
    {
        packet = default;
        int left = _input.Available;
        if (left == 0) return false;
        Warn(_input.Position, CaptureFault.TruncatedRecord,
            $"the capture ends {left} bytes into a {unit}; everything before it was kept");
        _input.Advance(left);
        return false;
    }
}
