using PcapSearch.Decoding.Reassembly;

namespace PcapSearch.Decoding.Network;

/// <summary>What every IP header does on arrival, whichever version.</summary>
internal static class IpHeaders
{
    /// <summary>Forgets a carrier's transport fields when the packet turns out to be tunnelled.</summary>
    public static void Enter(ref DecodedPacket p)
    {
        p.SourcePort = 0;
        p.DestinationPort = 0;
        p.TcpFlags = 0;
        p.TcpSequence = 0;
        p.IcmpType = 0;
        p.IcmpCode = 0;
        p.IcmpId = 0;
        p.Payload = default;
        p.PayloadWireLength = 0;
    }

    /// <summary>
    /// Hands a fragment to the reassembler. True when the datagram is complete: the cursor then reads
    /// the reassembled payload and the packet accounts for every fragment's frame.
    /// </summary>
    public static bool Reassemble(ref SpanCursor c, ref DecodedPacket p, ref DecodeContext ctx, in FragmentKey key, int offset, bool isLast)
    {
        var fragment = new Fragment(offset, isLast, c.Rest, ctx.IpPayloadWireLength, ctx.OriginalLength, ctx.TimestampNs);
        FragmentStatus status = ctx.Reassembler.Accept(key, fragment, out Reassembled datagram);
        p.Anomaly = datagram.Anomaly;
        switch (status)
        {
            case FragmentStatus.Complete:
                c = new SpanCursor(datagram.Captured);
                ctx.InFrame = false;
                ctx.IpPayloadWireLength = datagram.WireLength;
                p.Frames = datagram.Frames;
                p.FrameBytes = datagram.FrameBytes;
                return true;
            case FragmentStatus.Held:
                p.Outcome = DecodeOutcome.FragmentHeld;
                return false;
            default:
                p.Outcome = DecodeOutcome.Malformed;
                return false;
        }
    }
}
