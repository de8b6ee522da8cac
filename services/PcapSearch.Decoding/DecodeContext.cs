using PcapSearch.Decoding.Reassembly;

namespace PcapSearch.Decoding;

/// <summary>Per-frame state that is not part of the result: what the layers pass each other.</summary>
internal struct DecodeContext
{
    public IpReassembler Reassembler;
    public long TimestampNs;
    public int OriginalLength;

    /// <summary>True while the cursor reads the captured frame (false once it reads a reassembled datagram).</summary>
    public bool InFrame;

    /// <summary>Wire length of the current IP payload, from the IP length fields.</summary>
    public int IpPayloadWireLength;

    public static Layer Stop(ref DecodedPacket p, DecodeOutcome outcome, DecodeAnomaly anomaly = DecodeAnomaly.None)
    {
        p.Outcome = outcome;
        p.Anomaly = anomaly;
        return Layer.Done;
    }

    public static Layer Malformed(ref DecodedPacket p, DecodeAnomaly anomaly) => Stop(ref p, DecodeOutcome.Malformed, anomaly);

    public static Layer NotIp(ref DecodedPacket p) => Stop(ref p, DecodeOutcome.NotIp);

    /// <summary>
    /// Wire bytes left from the cursor's position to the end of the original frame; a reassembled
    /// datagram has no such bound.
    /// </summary>
    public readonly int WireBytesAfter(int position) => InFrame ? Math.Max(0, OriginalLength - position) : int.MaxValue;
}
