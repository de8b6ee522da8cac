using System.Globalization;
using System.Text.Json;
using PcapSearch.Capture;
using PcapSearch.Testing;
using Xunit.Abstractions;

namespace PcapSearch.Flows.Tests.Corpus;

/// <summary>
/// Our TCP and UDP flows against tshark's conversations (tcp.stream / udp.stream) for every Arkime
/// and Zeek capture, from the *.tshark.json references beside them. docs/correctness.md explains
/// every systematic difference this prints.
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

            var ours = run.Flows.ToLookup(Endpoints.Of);
            foreach (var t in tsharkFlows.EnumerateArray())
            {
                Compare(tally, capture, t, ours);
            }
        }

        output.WriteLine(tally.Report());
        Assert.True(tally.Recall >= 99.5, $"recall {tally.Recall:F2}% < 99.5%\n{tally.Report()}");
        Assert.True(tally.ExactShare >= 99.0, $"exact {tally.ExactShare:F2}% < 99%\n{tally.Report()}");
    }

    private static void Compare(AgreementTally tally, string capture, JsonElement t, ILookup<Endpoints, Flow> ours)
    {
        string transport = t.GetProperty("transport").GetString()!;
        string aIp = t.GetProperty("a_ip").GetString()!, bIp = t.GetProperty("b_ip").GetString()!;
        int aPort = t.GetProperty("a_port").GetInt32(), bPort = t.GetProperty("b_port").GetInt32();
        long firstNs = EpochNs(t.GetProperty("first").GetString()!);
        string what = $"{transport} {aIp}:{aPort} -> {bIp}:{bPort} stream {t.GetProperty("stream").GetInt32()}";

        var flow = ours[Endpoints.Of(transport, aIp, aPort, bIp, bPort)].FirstOrDefault(f => f.FirstNs == firstNs);
        if (flow == null)
        {
            tally.Missed(capture, what);
            return;
        }

        bool aIsSource = Endpoints.Normalise(aIp) == flow.SourceIp.ToString() && aPort == flow.SourcePort
            && !(aIp == bIp && aPort == bPort);
        var fromA = aIsSource ? flow.Source : flow.Destination;
        var fromB = aIsSource ? flow.Destination : flow.Source;
        var checks = new List<(string, bool, bool)>
        {
            ("packets", fromA.Packets == t.GetProperty("frames_ab").GetInt64() && fromB.Packets == t.GetProperty("frames_ba").GetInt64(), true),
            ("bytes", fromA.Bytes == t.GetProperty("bytes_ab").GetInt64() && fromB.Bytes == t.GetProperty("bytes_ba").GetInt64(), true),
            ("last", flow.LastNs == EpochNs(t.GetProperty("last").GetString()!), false),
            ("direction", aIsSource, false),
        };
        if (t.GetProperty("community_id").GetString() is { } communityId)
            checks.Add(("community_id", flow.CommunityId(0) == communityId, true));
        if (t.GetProperty("vlan").GetString() is { } vlan)
            checks.Add(("vlan", Innermost(flow) == vlan, false));
        tally.Compared(capture, what, checks);
    }

    /// <summary>tshark's vlan.id with occurrence=l is the last (innermost) tag.</summary>
    private static string? Innermost(Flow flow) =>
        flow.Key.HasInnerVlan ? flow.Key.InnerVlan.ToString(CultureInfo.InvariantCulture)
        : flow.Key.HasVlan ? flow.Key.Vlan.ToString(CultureInfo.InvariantCulture) : null;

    private static long EpochNs(string seconds)
    {
        var parts = seconds.Split('.');
        long whole = long.Parse(parts[0], CultureInfo.InvariantCulture) * 1_000_000_000L;
        return parts.Length == 1 ? whole : whole + long.Parse(parts[1].PadRight(9, '0')[..9], CultureInfo.InvariantCulture);
    }
}
