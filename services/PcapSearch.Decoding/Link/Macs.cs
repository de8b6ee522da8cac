using System.Buffers.Binary;

namespace PcapSearch.Decoding.Link;

internal static class Macs
{
    /// <summary>Six bytes as a 48-bit number, first byte most significant.</summary>
    public static ulong Read(ReadOnlySpan<byte> six) =>
        ((ulong)BinaryPrimitives.ReadUInt16BigEndian(six) << 32) | BinaryPrimitives.ReadUInt32BigEndian(six[2..]);

    public static void Set(ref DecodedPacket p, ReadOnlySpan<byte> destination, ReadOnlySpan<byte> source)
    {
        p.DestinationMac = Read(destination);
        p.SourceMac = Read(source);
        p.HasMacs = true;
    }
}
