namespace PcapSearch.Flows;

/// <summary>What one endpoint of a flow sent.</summary>
public struct FlowDirection
{
    public long Packets;
    /// <summary>Frame bytes on the wire, link-layer header included (pcap orig_len).</summary>
    public long Bytes;
    /// <summary>Transport payload bytes on the wire (TCP/UDP/SCTP/ICMP payload).</summary>
    public long PayloadBytes;
    public TcpFlags TcpFlags;
    /// <summary>IP fragment frames among <see cref="Packets"/>, and the datagrams they were reassembled into.</summary>
    public long FragmentFrames;
    public long ReassembledDatagrams;
    /// <summary>Source MAC of this endpoint's first frame that had one.</summary>
    public ulong Mac;
    public bool HasMac;
}
