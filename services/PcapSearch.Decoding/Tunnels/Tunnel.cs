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
}
