namespace PcapSearch.Decoding.Tunnels;

internal static class Tunnel
{
    /// <summary>
    /// Marks the packet as carried in a tunnel inside the current IP header. The first tunnel's carrier
    /// is the outermost IP header, whose addresses are kept even when the tunnel turns out to carry no IP.
    /// </summary>
    public static void Enter(ref DecodedPacket p, Encapsulations kind)
    {
        p.Encapsulations |= kind;
        if (p.HasOuterIp) return;
        p.HasOuterIp = true;
        p.OuterSource = p.Source;
        p.OuterDestination = p.Destination;
    }

    /// <summary>
    /// A tunnel whose innermost frame carries no IP (ARP, IGMP snooping...) or is malformed still
    /// accounts its bytes: the packet becomes its outermost carrier again (<paramref name="carrier"/>,
    /// as it was when the first tunnel was recognised: addresses, protocol, ports, MACs), keeping every
    /// tunnel flag, the innermost tunnel id, the anomaly met and the frames it stands for.
    /// </summary>
    public static void ReturnToCarrier(ref DecodedPacket p, in DecodedPacket carrier)
    {
        Encapsulations encapsulations = p.Encapsulations;
        uint tunnelId = p.TunnelId;
        DecodeAnomaly anomaly = p.Anomaly;
        int frames = p.Frames;
        long frameBytes = p.FrameBytes;
        p = carrier;
        p.Outcome = DecodeOutcome.Ip;
        p.Anomaly = anomaly;
        p.Encapsulations = encapsulations;
        p.TunnelId = tunnelId;
        p.Frames = frames;
        p.FrameBytes = frameBytes;
    }
}
