namespace PcapSearch.Decoding;

public enum DecodeOutcome : byte
{
    /// <summary>An IP packet: addresses and, where the protocol has them, ports are set.</summary>
    Ip,
    /// <summary>A frame carrying no IP (ARP, LLDP, STP, 802.11 management...); <see cref="DecodedPacket.EtherType"/> says what.</summary>
    NotIp,
    /// <summary>An IP fragment held for reassembly; the datagram is decoded when its last piece arrives.</summary>
    FragmentHeld,
    /// <summary>The link type has no decoder.</summary>
    UnsupportedLinkType,
    /// <summary>A header was cut short or holds impossible values; <see cref="DecodedPacket.Anomaly"/> says which.</summary>
    Malformed,
}

/// <summary>Named anomalies, after Zeek's "weirds": recorded, never thrown.</summary>
public enum DecodeAnomaly : byte
{
    None,
    TruncatedLinkHeader,
    TruncatedIpHeader,
    BadIpVersion,
    BadIpHeaderLength,
    TruncatedTransportHeader,
    BadTransportHeaderLength,
    TruncatedTunnelHeader,
    TooManyNestedLayers,
    FragmentOverlap,
    FragmentTooLarge,
    FragmentTableFull,
}
