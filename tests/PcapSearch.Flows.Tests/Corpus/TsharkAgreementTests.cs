using System.Globalization;
using System.Text.Json;
using PcapSearch.Capture;
using PcapSearch.Decoding;
using PcapSearch.Flows.Engine;
using PcapSearch.Testing;
using Xunit.Abstractions;

namespace PcapSearch.Flows.Tests.Corpus;

/// <summary>
/// Our TCP and UDP flows against tshark's conversations (tcp.stream / udp.stream) for every Arkime
/// and Zeek capture, from the *.tshark.json references beside them. docs/correctness.md explains
/// every systematic difference this prints. Two properties of the references are normalised, both
/// documented by make_references.py: UDP conversations are keyed by address/port pair for the whole
/// file (so tshark's several udp.stream numbers for one pair, as its SNMP dissector makes, are one
/// conversation), and addresses come from ip.src before ipv6.src (so IPv6 tunnelled in IPv4 is
/// named by the outer IPv4 addresses with the inner ports).
/// </summary>
public class TsharkAgreementTests(ITestOutputHelper output)
{
    [Fact]
    public void Flows_agree_with_tshark_conversations()
    {
        var tally = new AgreementTally("tshark 4.0");
        foreach (var capture in TestCorpus.Captures("arkime").Concat(TestCorpus.Captures("zeek")))
        {
            string referencePath = TestCorpus.PathOf(capture) + ".tshark.json";
            if (!File.Exists(referencePath)) continue;
            using var reference = JsonDocument.Parse(File.ReadAllBytes(referencePath));
            var tsharkFlows = reference.RootElement.GetProperty("flows");
            if (tsharkFlows.GetArrayLength() == 0) continue;

            EngineRun run;
            try
            {
                run = EngineRun.Of(TestCorpus.PathOf(capture));
            }
            catch (CaptureRefusedException e)
            {
                foreach (var _ in tsharkFlows.EnumerateArray()) tally.Missed(capture, "capture refused: " + e.Message);
                continue;
            }

            var ours = ByReferenceName(run.Flows);
            string path = TestCorpus.PathOf(capture);
            var withoutVlanKeys = new Lazy<ILookup<Endpoints, Flow>>(() => ByReferenceName(
                EngineRun.Of(path, new EngineOptions { Flows = FlowOptions.Default with { KeyOnVlan = false } }).Flows));
            foreach (var t in TsharkConversation.Read(tsharkFlows))
            {
                Compare(tally, capture, t, ours, run.Flows, withoutVlanKeys);
            }
        }

        output.WriteLine(tally.Report());
        File.WriteAllText(Path.Combine(AppContext.BaseDirectory, "tshark-agreement.txt"), tally.Report(int.MaxValue));
        Assert.True(tally.Recall >= 99.5, $"recall {tally.Recall:F2}% < 99.5%\n{tally.Report()}");
        Assert.True(tally.ExactShare >= 97.0, $"exact {tally.ExactShare:F2}% < 97%\n{tally.Report()}");
        Assert.True(tally.ExactOrExplainedShare >= 99.0, $"exact or explained {tally.ExactOrExplainedShare:F2}% < 99%\n{tally.Report()}");
    }

    private static ILookup<Endpoints, Flow> ByReferenceName(IEnumerable<Flow> flows) =>
        flows.SelectMany(f => NamesInReference(f).Select(name => (name, f))).ToLookup(p => p.name, p => p.f);

    private static void Compare(AgreementTally tally, string capture, TsharkConversation t, ILookup<Endpoints, Flow> ours,
        IReadOnlyList<Flow> all, Lazy<ILookup<Endpoints, Flow>> withoutVlanKeys)
    {
        string what = $"{t.Transport} {t.AIp}:{t.APort} -> {t.BIp}:{t.BPort} stream {t.Stream}";
        var flow = Find(ours, t);
        if (flow == null)
        {
            tally.Missed(capture, what);
            return;
        }

        var (fromA, fromB, aIsSource) = Sides(flow, t);
        var checks = new List<(string, bool, bool)>
        {
            ("packets", fromA.Packets == t.FramesAb && fromB.Packets == t.FramesBa, true),
            ("bytes", fromA.Bytes == t.BytesAb && fromB.Bytes == t.BytesBa, true),
            ("last", flow.LastNs == t.LastNs, false),
            ("direction", aIsSource, false),
        };
        if (t.CommunityId is { } communityId)
            checks.Add(("community_id", flow.CommunityId(0) == communityId, true));
        if (t.Vlan is { } vlan)
            checks.Add(("vlan", Innermost(flow) == vlan, false));
        tally.Compared(capture, what, checks, () => Explanation(flow, t, all, withoutVlanKeys));
    }

    /// <summary>The documented difference (docs/correctness.md) that accounts for an inexact flow, checked on the flow itself.</summary>
    private static string? Explanation(Flow flow, TsharkConversation t, IReadOnlyList<Flow> all, Lazy<ILookup<Endpoints, Flow>> withoutVlanKeys)
    {
        var (fromA, fromB, _) = Sides(flow, t);
        // tshark counts a reassembled datagram once, in the frame that completed it.
        if (fromA.FragmentFrames + fromB.FragmentFrames > 0
            && fromA.Packets - fromA.FragmentFrames + fromA.ReassembledDatagrams == t.FramesAb
            && fromB.Packets - fromB.FragmentFrames + fromB.ReassembledDatagrams == t.FramesBa)
            return "IP fragments: tshark counts only the frame completing each datagram";
        if ((flow.Encapsulations & Encapsulations.FabricPath) != 0)
            return "FabricPath: tshark takes the frame's last 4 bytes for a checksum trailer";
        if (flow.HasVlan && Find(withoutVlanKeys.Value, t) is { } merged && SameCounts(merged, t))
            return "directions on different VLANs: exact with --ignore-vlan";
        // The reference counts a packet as a's only when it comes from a's own port, so only totals compare.
        if (t.Transport == "udp" && ToServerPortFromAnyPort(all, t) is ({ Count: > 1 }, var (frames, bytes))
            && (frames, bytes) == (t.FramesAb + t.FramesBa, t.BytesAb + t.BytesBa))
            return "RPC: tshark's portmap conversation takes any client port to the program's port";
        return null;
    }

    /// <summary>Our UDP flows between the conversation's two hosts that reach b's port from any port of a, with their total packets and bytes.</summary>
    private static (List<Flow> Flows, (long Frames, long Bytes) Totals) ToServerPortFromAnyPort(IReadOnlyList<Flow> all, TsharkConversation t)
    {
        var flows = all.Where(f => f.Protocol == IpProtocol.Udp
            && ((f.DestinationIp.ToString() == t.BIp && f.DestinationPort == t.BPort && f.SourceIp.ToString() == t.AIp)
                || (f.SourceIp.ToString() == t.BIp && f.SourcePort == t.BPort && f.DestinationIp.ToString() == t.AIp))).ToList();
        return (flows, (flows.Sum(f => f.Packets), flows.Sum(f => f.Bytes)));
    }

    private static Flow? Find(ILookup<Endpoints, Flow> flows, TsharkConversation t) =>
        flows[Endpoints.Of(t.Transport, t.AIp, t.APort, t.BIp, t.BPort)].FirstOrDefault(f => f.FirstNs == t.FirstNs);

    private static (FlowDirection FromA, FlowDirection FromB, bool AIsSource) Sides(Flow flow, TsharkConversation t)
    {
        bool talksToItself = t.AIp == t.BIp && t.APort == t.BPort;
        bool aIsSource = talksToItself || (t.AIp == ReferenceSourceIp(flow) && t.APort == flow.SourcePort);
        return aIsSource ? (flow.Source, flow.Destination, true) : (flow.Destination, flow.Source, false);
    }

    private static bool SameCounts(Flow flow, TsharkConversation t)
    {
        var (fromA, fromB, _) = Sides(flow, t);
        return fromA.Packets == t.FramesAb && fromB.Packets == t.FramesBa && fromA.Bytes == t.BytesAb && fromB.Bytes == t.BytesBa;
    }

    /// <summary>How the reference names a flow: by its addresses, or for IPv6 in an IPv4 tunnel by the outer IPv4 ones.</summary>
    private static IEnumerable<Endpoints> NamesInReference(Flow flow)
    {
        yield return Endpoints.Of(flow);
        if (flow.IsIpv6 && flow.HasOuterIp && flow.OuterSource.IsIpv4)
            yield return Endpoints.Of(Documents.EcsValues.Transport(flow.Protocol), flow.OuterSource.ToString(), flow.SourcePort,
                flow.OuterDestination.ToString(), flow.DestinationPort);
    }

    private static string ReferenceSourceIp(Flow flow) =>
        flow.IsIpv6 && flow.HasOuterIp && flow.OuterSource.IsIpv4 ? flow.OuterSource.ToString() : flow.SourceIp.ToString();

    /// <summary>tshark's vlan.id with occurrence=l is the last (innermost) tag.</summary>
    private static string? Innermost(Flow flow) =>
        flow.HasInnerVlan ? flow.InnerVlan.ToString(CultureInfo.InvariantCulture)
        : flow.HasVlan ? flow.Vlan.ToString(CultureInfo.InvariantCulture) : null;
}
