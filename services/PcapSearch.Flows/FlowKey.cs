using PcapSearch.Decoding;

namespace PcapSearch.Flows;

/// <summary>
/// The identity of a bidirectional conversation, the same for both directions: endpoint A is the
/// lower (address, port) pair. ICMP is keyed by its message family and identifier instead of ports.
/// </summary>
public readonly struct FlowKey : IEquatable<FlowKey>
{
    public readonly IpAddress AddressA;
    public readonly IpAddress AddressB;
    public readonly ushort PortA;
    public readonly ushort PortB;
    /// <summary>ICMP: the request type of a request/response pair, or type &lt;&lt; 8 | code for one-way messages. 0 otherwise.</summary>
    public readonly ushort IcmpFamily;
    public readonly byte Protocol;
    /// <summary>802.1Q id + 1 (so that VLAN 0, a priority tag, differs from no tag); 0 when untagged or not keyed on VLAN.</summary>
    public readonly ushort VlanId;
    public readonly ushort InnerVlanId;

    private FlowKey(IpAddress a, ushort portA, IpAddress b, ushort portB, byte protocol, ushort icmpFamily, ushort vlanId, ushort innerVlanId)
    {
        AddressA = a;
        AddressB = b;
        PortA = portA;
        PortB = portB;
        Protocol = protocol;
        IcmpFamily = icmpFamily;
        VlanId = vlanId;
        InnerVlanId = innerVlanId;
    }

    /// <summary>
    /// The key of a decoded packet; <paramref name="fromA"/> tells whether its sender is endpoint A.
    /// Without <paramref name="keyOnVlan"/> the tags are left out, so both directions of a conversation
    /// routed through different VLANs are one flow.
    /// </summary>
    public static FlowKey Of(scoped in DecodedPacket packet, bool keyOnVlan, out bool fromA)
    {
        ushort sourcePort = 0, destinationPort = 0, icmpFamily = 0;
        switch (packet.Protocol)
        {
            case IpProtocol.Tcp or IpProtocol.Udp or IpProtocol.Sctp:
                sourcePort = packet.SourcePort;
                destinationPort = packet.DestinationPort;
                break;
            case IpProtocol.Icmp or IpProtocol.Icmp6:
                var (type, counterpart, oneWay) = CommunityId.IcmpPortEquivalents(packet.Protocol, packet.IcmpType, packet.IcmpCode);
                icmpFamily = oneWay ? (ushort)(type << 8 | packet.IcmpCode) : Math.Min(type, counterpart);
                sourcePort = destinationPort = oneWay ? (ushort)0 : packet.IcmpId;
                break;
        }

        ushort vlan = keyOnVlan && packet.HasVlan ? (ushort)(packet.VlanId + 1) : (ushort)0;
        ushort innerVlan = keyOnVlan && packet.HasInnerVlan ? (ushort)(packet.InnerVlanId + 1) : (ushort)0;
        int order = packet.Source.CompareTo(packet.Destination);
        fromA = order < 0 || (order == 0 && sourcePort <= destinationPort);
        return fromA
            ? new FlowKey(packet.Source, sourcePort, packet.Destination, destinationPort, packet.Protocol, icmpFamily, vlan, innerVlan)
            : new FlowKey(packet.Destination, destinationPort, packet.Source, sourcePort, packet.Protocol, icmpFamily, vlan, innerVlan);
    }

    public bool Equals(FlowKey other) =>
        AddressA.Low == other.AddressA.Low && AddressB.Low == other.AddressB.Low
        && AddressA.High == other.AddressA.High && AddressB.High == other.AddressB.High
        && PortA == other.PortA && PortB == other.PortB && Protocol == other.Protocol
        && IcmpFamily == other.IcmpFamily && VlanId == other.VlanId && InnerVlanId == other.InnerVlanId
        && AddressA.IsIpv4 == other.AddressA.IsIpv4;

    public override bool Equals(object? obj) => obj is FlowKey other && Equals(other);

    public override int GetHashCode()
    {
        ulong h = AddressA.Low * 0x9E3779B97F4A7C15UL;
        h ^= AddressB.Low + 0xC2B2AE3D27D4EB4FUL + (h << 6) + (h >> 2);
        h ^= (AddressA.High ^ (AddressB.High * 31)) + 0x165667B19E3779F9UL + (h << 6) + (h >> 2);
        h ^= ((ulong)PortA << 48 | (ulong)PortB << 32 | (ulong)IcmpFamily << 16 | (ulong)Protocol << 8)
             + ((ulong)VlanId << 20 ^ InnerVlanId) + (h << 6) + (h >> 2);
        return (int)(h ^ (h >> 32));
    }
}
