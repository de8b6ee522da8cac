using System.Buffers.Binary;
using System.Text;

namespace PcapSearch.Cli.LiveCapture;

/// <summary>
/// Writes one pcapng section with one interface: the section header (naming this program), the interface
/// description (link type, snap length, interface name; microsecond timestamps) and an enhanced packet block
/// per packet, little-endian.
/// </summary>
public sealed class PcapngWriter : IDisposable
{
    private const uint SectionHeader = 0x0A0D0D0A;
    private const uint InterfaceDescription = 1;
    private const uint EnhancedPacket = 6;
    private const ushort OptionEnd = 0;
    private const ushort ShbUserApplication = 4;
    private const ushort IfName = 2;

    private readonly Stream _output;
    private readonly byte[] _header = new byte[28];

    public PcapngWriter(Stream output, ushort linkType, int snapLength, string interfaceName)
    {
        _output = output;
        WriteBlock(SectionHeader, body =>
        {
            Span<byte> fixedPart = stackalloc byte[16];
            BinaryPrimitives.WriteUInt32LittleEndian(fixedPart, 0x1A2B3C4D);
            BinaryPrimitives.WriteUInt16LittleEndian(fixedPart[4..], 1);
            BinaryPrimitives.WriteUInt16LittleEndian(fixedPart[6..], 0);
            BinaryPrimitives.WriteInt64LittleEndian(fixedPart[8..], -1);
            body.Write(fixedPart);
            WriteOption(body, ShbUserApplication, "pcapsearch capture");
            WriteOption(body, OptionEnd, "");
        });
        WriteBlock(InterfaceDescription, body =>
        {
            Span<byte> fixedPart = stackalloc byte[8];
            BinaryPrimitives.WriteUInt16LittleEndian(fixedPart, linkType);
            BinaryPrimitives.WriteUInt32LittleEndian(fixedPart[4..], (uint)snapLength);
            body.Write(fixedPart);
            WriteOption(body, IfName, interfaceName);
            WriteOption(body, OptionEnd, "");
        });
    }

    /// <summary>Bytes written so far.</summary>
    public long Length => _output.Position;

    /// <param name="microseconds">Since the Unix epoch.</param>
    public void WritePacket(long microseconds, ReadOnlySpan<byte> frame, int originalLength)
    {
        int padding = Pad(frame.Length);
        uint total = (uint)(_header.Length + frame.Length + padding + 4);
        Span<byte> header = _header;
        BinaryPrimitives.WriteUInt32LittleEndian(header, EnhancedPacket);
        BinaryPrimitives.WriteUInt32LittleEndian(header[4..], total);
        BinaryPrimitives.WriteUInt32LittleEndian(header[8..], 0);
        BinaryPrimitives.WriteUInt32LittleEndian(header[12..], (uint)((ulong)microseconds >> 32));
        BinaryPrimitives.WriteUInt32LittleEndian(header[16..], (uint)microseconds);
        BinaryPrimitives.WriteUInt32LittleEndian(header[20..], (uint)frame.Length);
        BinaryPrimitives.WriteUInt32LittleEndian(header[24..], (uint)originalLength);
        _output.Write(header);
        _output.Write(frame);
        Span<byte> trailer = stackalloc byte[8];
        trailer[..padding].Clear();
        BinaryPrimitives.WriteUInt32LittleEndian(trailer[padding..], total);
        _output.Write(trailer[..(padding + 4)]);
    }

    public void Dispose() => _output.Dispose();

    private void WriteBlock(uint type, Action<MemoryStream> writeBody)
    {
        using var body = new MemoryStream();
        writeBody(body);
        uint total = (uint)(12 + body.Length);
        Span<byte> word = stackalloc byte[4];
        BinaryPrimitives.WriteUInt32LittleEndian(word, type);
        _output.Write(word);
        BinaryPrimitives.WriteUInt32LittleEndian(word, total);
        _output.Write(word);
        body.Position = 0;
        body.CopyTo(_output);
        _output.Write(word);
    }

    private static void WriteOption(MemoryStream body, ushort code, string value)
    {
        byte[] bytes = Encoding.UTF8.GetBytes(value);
        Span<byte> header = stackalloc byte[4];
        BinaryPrimitives.WriteUInt16LittleEndian(header, code);
        BinaryPrimitives.WriteUInt16LittleEndian(header[2..], (ushort)bytes.Length);
        body.Write(header);
        body.Write(bytes);
        body.Write(new byte[Pad(bytes.Length)]);
    }

    private static int Pad(int length) => (4 - length % 4) % 4;
}
