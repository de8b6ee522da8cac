using System.Buffers.Binary;
using System.IO.Compression;
using System.Text;

namespace PcapSearch.Capture.Tests;

/// <summary>Writes small pcap and pcapng captures byte by byte, in either byte order.</summary>
internal sealed class CaptureBuilder(bool bigEndian)
{
    private readonly MemoryStream _bytes = new();

    public long Length => _bytes.Length;

    public byte[] ToArray() => _bytes.ToArray();

    public CaptureBuilder U8(byte value)
    {
        _bytes.WriteByte(value);
        return this;
    }

    public CaptureBuilder U16(ushort value)
    {
        Span<byte> b = stackalloc byte[2];
        if (bigEndian) BinaryPrimitives.WriteUInt16BigEndian(b, value); else BinaryPrimitives.WriteUInt16LittleEndian(b, value);
        _bytes.Write(b);
        return this;
    }

    public CaptureBuilder U32(uint value)
    {
        Span<byte> b = stackalloc byte[4];
        if (bigEndian) BinaryPrimitives.WriteUInt32BigEndian(b, value); else BinaryPrimitives.WriteUInt32LittleEndian(b, value);
        _bytes.Write(b);
        return this;
    }

    public CaptureBuilder U64(ulong value) =>
        bigEndian ? U32((uint)(value >> 32)).U32((uint)value) : U32((uint)value).U32((uint)(value >> 32));

    public CaptureBuilder Raw(ReadOnlySpan<byte> bytes)
    {
        _bytes.Write(bytes);
        return this;
    }

    public CaptureBuilder Pad4()
    {
        while (_bytes.Length % 4 != 0) _bytes.WriteByte(0);
        return this;
    }

    // pcap

    public static CaptureBuilder Pcap(bool bigEndian = false, bool nanoseconds = false, uint snapLength = 65535,
        uint linkType = 1, bool modified = false)
    {
        uint magic = modified ? 0xA1B2CD34 : nanoseconds ? 0xA1B23C4D : 0xA1B2C3D4;
        return new CaptureBuilder(bigEndian).U32(magic).U16(2).U16(4).U32(0).U32(0).U32(snapLength).U32(linkType);
    }

    public CaptureBuilder Record(uint seconds, uint fraction, ReadOnlySpan<byte> data, uint? originalLength = null,
        uint? capturedLength = null, bool modified = false)
    {
        U32(seconds).U32(fraction).U32(capturedLength ?? (uint)data.Length).U32(originalLength ?? (uint)data.Length);
        if (modified) U32(7).U16(0x0800).U8(0).U8(0);
        return Raw(data);
    }

    // pcapng

    public static CaptureBuilder Pcapng(bool bigEndian = false) => new CaptureBuilder(bigEndian).Section();

    public CaptureBuilder Section(byte[]? options = null) =>
        Block(0x0A0D0D0A, b => b.U32(0x1A2B3C4D).U16(1).U16(0).U64(ulong.MaxValue).Raw(options ?? []));

    public CaptureBuilder Interface(ushort linkType, uint snapLength = 0, byte? tsresol = null, long? tsoffset = null,
        string? name = null) =>
        Block(1, b =>
        {
            b.U16(linkType).U16(0).U32(snapLength);
            if (name != null) b.Option(2, Encoding.UTF8.GetBytes(name));
            if (tsresol != null) b.Option(9, [tsresol.Value]);
            if (tsoffset != null)
            {
                var value = new CaptureBuilder(bigEndian).U64((ulong)tsoffset.Value).ToArray();
                b.Option(14, value);
            }
            if (name != null || tsresol != null || tsoffset != null) b.U16(0).U16(0);
        });

    public CaptureBuilder Enhanced(uint interfaceId, ulong units, ReadOnlySpan<byte> data, uint? originalLength = null)
    {
        byte[] copy = data.ToArray();
        return Block(6, b => b.U32(interfaceId).U32((uint)(units >> 32)).U32((uint)units).U32((uint)copy.Length)
            .U32(originalLength ?? (uint)copy.Length).Raw(copy).Pad4());
    }

    public CaptureBuilder Simple(ReadOnlySpan<byte> data, uint originalLength)
    {
        byte[] copy = data.ToArray();
        return Block(3, b => b.U32(originalLength).Raw(copy).Pad4());
    }

    public CaptureBuilder ObsoletePacket(ushort interfaceId, ulong units, ReadOnlySpan<byte> data)
    {
        byte[] copy = data.ToArray();
        return Block(2, b => b.U16(interfaceId).U16(0).U32((uint)(units >> 32)).U32((uint)units).U32((uint)copy.Length)
            .U32((uint)copy.Length).Raw(copy).Pad4());
    }

    public CaptureBuilder Names(params (byte[] Address, string[] Names)[] entries) =>
        Block(4, b =>
        {
            foreach (var (address, names) in entries)
            {
                var value = new MemoryStream();
                value.Write(address);
                foreach (string name in names)
                {
                    value.Write(Encoding.UTF8.GetBytes(name));
                    value.WriteByte(0);
                }
                b.Option(address.Length == 4 ? (ushort)1 : (ushort)2, value.ToArray());
            }
            b.U16(0).U16(0);
        });

    public CaptureBuilder Block(uint type, Action<CaptureBuilder> body)
    {
        var inner = new CaptureBuilder(bigEndian);
        body(inner);
        inner.Pad4();
        uint length = (uint)inner.Length + 12;
        return U32(type).U32(length).Raw(inner.ToArray()).U32(length);
    }

    private CaptureBuilder Option(ushort code, byte[] value) => U16(code).U16((ushort)value.Length).Raw(value).Pad4();

    // containers

    public static byte[] Gzip(byte[] data)
    {
        var output = new MemoryStream();
        using (var gzip = new GZipStream(output, CompressionLevel.Fastest, leaveOpen: true)) gzip.Write(data);
        return output.ToArray();
    }

    public static byte[] Zstd(byte[] data)
    {
        using var compressor = new ZstdSharp.Compressor();
        return compressor.Wrap(data).ToArray();
    }
}
