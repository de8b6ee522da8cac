using System.Buffers.Binary;

namespace PcapSearch.Decoding.Tunnels;

/// <summary>
/// GTP-U version 1 (3GPP TS 29.281) carrying user data (message type 0xFF, G-PDU): the TEID names
/// the tunnel. Signalling messages (echo, error indication...) stay plain UDP.
/// </summary>
internal static class GtpULayer
{
    private const int MandatoryLength = 8;
    private const int OptionalLength = 4;
    private const byte ProtocolTypeGtp = 0x10;
    private const byte OptionalFields = 0x07;
    private const byte ExtensionHeaderFollows = 0x04;
    private const byte GPdu = 0xFF;

    public static Layer Decode(ref SpanCursor c, ref DecodedPacket p)
    {
        if (!c.TryPeek(MandatoryLength, out ReadOnlySpan<byte> h)) return DecodeContext.Malformed(ref p, DecodeAnomaly.TruncatedTunnelHeader);
        byte flags = h[0];
        if (flags >> 5 != 1 || (flags & ProtocolTypeGtp) == 0 || h[1] != GPdu) return Layer.Done;
        int messageLength = BinaryPrimitives.ReadUInt16BigEndian(h[2..]);
        uint teid = BinaryPrimitives.ReadUInt32BigEndian(h[4..]);

        int length = MandatoryLength;
        if ((flags & OptionalFields) != 0)
        {
            if (!c.TryPeek(MandatoryLength + OptionalLength, out ReadOnlySpan<byte> optional)) return DecodeContext.Malformed(ref p, DecodeAnomaly.TruncatedTunnelHeader);
            length += OptionalLength;
            byte nextExtension = (flags & ExtensionHeaderFollows) != 0 ? optional[11] : (byte)0;
            while (nextExtension != 0)
            {
                if (!c.TryPeek(length + 1, out ReadOnlySpan<byte> upToLength)) return DecodeContext.Malformed(ref p, DecodeAnomaly.TruncatedTunnelHeader);
                int extensionLength = upToLength[length] * 4;
                if (extensionLength == 0 || !c.TryPeek(length + extensionLength, out ReadOnlySpan<byte> withExtension))
                    return DecodeContext.Malformed(ref p, DecodeAnomaly.TruncatedTunnelHeader);
                length += extensionLength;
                nextExtension = withExtension[length - 1];
            }
        }

        if (!c.TryPeek(length + 1, out ReadOnlySpan<byte> withFirst)) return Layer.Done;
        Layer next = (withFirst[length] >> 4) switch
        {
            4 => Layer.Ipv4,
            6 => Layer.Ipv6,
            _ => Layer.Done,
        };
        if (next == Layer.Done) return Layer.Done;

        Tunnel.Enter(ref p, Encapsulations.GtpU);
        p.TunnelId = teid;
        // The message length counts everything after the mandatory header.
        c.Limit(MandatoryLength + messageLength);
        c.Skip(length);
        return next;
    }
}
