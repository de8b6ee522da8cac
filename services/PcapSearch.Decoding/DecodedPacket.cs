namespace PcapSearch.Decoding;

/// <summary>
/// What the decoder found in one frame (or one reassembled IP datagram). A ref struct: its
/// <see cref="Payload"/> points into the frame or into the reassembler, valid until the next decode.
/// </summary>
public ref struct DecodedPacket
{
    public DecodeOutcome Outcome;
    public DecodeAnomaly Anomaly;

    /// <summary>
    /// Ethernet (or 802.11) addresses of the innermost Ethernet frame as 48-bit numbers in transmission
    /// order; valid when <see cref="HasMacs"/>.
    /// </summary>
    public ulong SourceMac;
    public ulong DestinationMac;
    public bool HasMacs;

    /// <summary>EtherType of the innermost link-layer payload (0x0800, 0x86DD, 0x0806 for ARP...).</summary>
    public ushort EtherType;

    /// <summary>An 802.3 frame whose 802.2 LLC header has no SNAP EtherType (STP, NetBIOS, IPX...): <see cref="EtherType"/> is 0.</summary>
    public bool IsLlc;

    /// <summary>
    /// Outer 802.1Q tag and, for QinQ, the inner one, of the innermost Ethernet frame (an ERSPAN or
    /// VXLAN frame's own tags, like its MACs, replace the carrier's).
    /// </summary>
    public bool HasVlan;
    public ushort VlanId;
    public bool HasInnerVlan;
    public ushort InnerVlanId;

    /// <summary>Every layer the innermost IP header was carried in.</summary>
    public Encapsulations Encapsulations;
    /// <summary>
    /// The outermost IP header's addresses when the packet was tunnelled in IP (GRE, ERSPAN, VXLAN,
    /// GENEVE, GTP-U, IP-in-IP, Teredo, AYIYA), set as soon as the tunnel header is recognised, so also when
    /// the tunnel carries no IP (ERSPAN-mirrored ARP) or its inner headers are malformed.
    /// </summary>
    public bool HasOuterIp;
    public IpAddress OuterSource;
    public IpAddress OuterDestination;
    /// <summary>VXLAN/GENEVE VNI, GTP-U TEID, GRE key or ERSPAN session id of the innermost tunnel that has one.</summary>
    public uint TunnelId;

    /// <summary>Innermost IP header.</summary>
    public byte IpVersion;
    public IpAddress Source;
    public IpAddress Destination;
    /// <summary>Transport protocol number after IPv6 extension headers (6 TCP, 17 UDP, 132 SCTP, 1 ICMP, 58 ICMPv6...).</summary>
    public byte Protocol;
    public byte Ttl;

    /// <summary>TCP, UDP and SCTP ports.</summary>
    public ushort SourcePort;
    public ushort DestinationPort;

    /// <summary>TCP flags byte (FIN 0x01, SYN 0x02, RST 0x04, PSH 0x08, ACK 0x10, URG 0x20, ECE 0x40, CWR 0x80).</summary>
    public byte TcpFlags;
    public uint TcpSequence;

    /// <summary>ICMP / ICMPv6 type, code and, for echo-like messages, the identifier.</summary>
    public byte IcmpType;
    public byte IcmpCode;
    public ushort IcmpId;

    /// <summary>Transport payload as captured (may be shorter than on the wire when the snap length cut it).</summary>
    public ReadOnlySpan<byte> Payload;

    /// <summary>Transport payload length on the wire, from the IP/UDP length fields, not cut by the snap length.</summary>
    public int PayloadWireLength;

    /// <summary>Frames this packet stands for: 1, or the number of fragments of a reassembled datagram.</summary>
    public int Frames;
    /// <summary>Sum of those frames' on-the-wire lengths (pcap orig_len).</summary>
    public long FrameBytes;
}
