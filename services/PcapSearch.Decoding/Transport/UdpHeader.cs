using System.Buffers.Binary;

namespace PcapSearch.Decoding.Transport;

/// <summary>UDP header, then the tunnels recognised by their well-known ports.</summary>
internal static class UdpHeader
{
    private const int HeaderLength = 8;
    private const ushort Vxlan = 4789;
    private const ushort VxlanGpe = 4790;
    private const ushort Geneve = 6081;
    private const ushort GtpU = 2152;
    private const ushort Teredo = 3544;
    private const ushort Ayiya = 5072;

    public static Layer Decode(ref SpanCursor c, ref DecodedPacket p, ref DecodeContext ctx)
    {
        if (!c.TryPeek(HeaderLength, out ReadOnlySpan<byte> h)) return DecodeContext.Malformed(ref p, DecodeAnomaly.TruncatedTransportHeader);
        ushort sourcePort = BinaryPrimitives.ReadUInt16BigEndian(h);
        ushort destinationPort = BinaryPrimitives.ReadUInt16BigEndian(h[2..]);
        p.SourcePort = sourcePort;
        p.DestinationPort = destinationPort;
        int length = BinaryPrimitives.ReadUInt16BigEndian(h[4..]);
        c.Skip(HeaderLength);

        // Zero is a jumbogram's length (RFC 2675); a length past the IP payload is not believed either.
        int wireLength = ctx.IpPayloadWireLength - HeaderLength;
        if (length >= HeaderLength && length - HeaderLength < wireLength) wireLength = length - HeaderLength;
        c.Limit(Math.Max(0, wireLength));
        p.Payload = c.Rest;
        p.PayloadWireLength = Math.Max(wireLength, p.Payload.Length);

        if (destinationPort == Vxlan) return Layer.Vxlan;
        if (destinationPort == VxlanGpe) return Layer.VxlanGpe;
        if (destinationPort == Geneve) return Layer.Geneve;
        if (destinationPort == GtpU || sourcePort == GtpU) return Layer.GtpU;
        if (destinationPort == Teredo || sourcePort == Teredo) return Layer.Teredo;
        if (destinationPort == Ayiya || sourcePort == Ayiya) return Layer.Ayiya;
        return Layer.Done;
    }
}
