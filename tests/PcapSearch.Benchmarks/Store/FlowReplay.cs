using System.Runtime.CompilerServices;
using PcapSearch.Decoding;
using PcapSearch.Flows;

namespace PcapSearch.Benchmarks.Store;

/// <summary>
/// Many captures' worth of realistic flows without the packets: the flows of one generated capture, replayed as
/// further captures of the same network, each later by the capture's time span and with the initiators'
/// addresses varied (the servers stay), so times, addresses, ports, protocols, sizes and application fields keep the
/// generator's distributions while ids, timestamps and client addresses differ from replica to replica.
/// </summary>
public sealed class FlowReplay(IReadOnlyList<Flow> flows)
{
    private readonly long _spanNs = flows.Max(f => f.LastNs) - flows.Min(f => f.FirstNs) + 1_000_000_000L;

    public int FlowsPerReplica => flows.Count;

    /// <summary>The first <paramref name="count"/> flows of replica <paramref name="replica"/> (replica 0 is the capture itself).</summary>
    public List<Flow> Replica(int replica, int count)
    {
        var copies = new List<Flow>(count);
        for (int i = 0; i < count; i++) copies.Add(Copy(flows[i], replica));
        return copies;
    }

    private Flow Copy(Flow flow, int replica)
    {
        long shift = replica * _spanNs;
        var key = flow.Key;
        // FlowKey has no public constructor: the copy's initiator address is rewritten in place on a local copy.
        ref readonly var initiator = ref flow.SourceIsA ? ref key.AddressA : ref key.AddressB;
        Unsafe.AsRef(in initiator) = Vary(initiator, replica);
        return new Flow(key, flow.SourceIsA, flow.FirstNs + shift, flow.TimestampDigits, flow.FirstOffset)
        {
            FromA = flow.FromA,
            FromB = flow.FromB,
            LastNs = flow.LastNs + shift,
            IcmpType = flow.IcmpType,
            IcmpCode = flow.IcmpCode,
            HasVlan = flow.HasVlan,
            Vlan = flow.Vlan,
            HasInnerVlan = flow.HasInnerVlan,
            InnerVlan = flow.InnerVlan,
            Encapsulations = flow.Encapsulations,
            HasOuterIp = flow.HasOuterIp,
            OuterSource = flow.OuterSource,
            OuterDestination = flow.OuterDestination,
            TunnelId = flow.TunnelId,
            EndReason = flow.EndReason,
            Inspection = flow.Inspection,
        };
    }

    /// <summary>The address with its second-to-last octet mixed with the replica number: 256 client subnets' worth of hosts.</summary>
    private static IpAddress Vary(IpAddress address, int replica) =>
        address with { Low = address.Low ^ ((ulong)(byte)(replica * 37) << 8) };
}
