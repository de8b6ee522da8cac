using System.Text.Json;
using PcapSearch.Capture;
using PcapSearch.Testing;
using Xunit.Abstractions;

namespace PcapSearch.Flows.Tests.Corpus;

/// <summary>
/// Our flows against the sessions Arkime itself expects for its own test captures (the
/// "sessions3" bodies of each *.test file). docs/correctness.md explains the differences.
/// </summary>
public class ArkimeAgreementTests(ITestOutputHelper output)
{
    [Fact]
    public void Flows_agree_with_arkime_sessions()
    {
        var tally = new AgreementTally("Arkime's expected sessions");
        foreach (var capture in TestCorpus.Captures("arkime"))
        {
            string expectedPath = Path.ChangeExtension(TestCorpus.PathOf(capture), ".test");
            if (!File.Exists(expectedPath)) continue;
            using var expected = JsonDocument.Parse(File.ReadAllBytes(expectedPath));
            if (!expected.RootElement.TryGetProperty("sessions3", out var sessions) || sessions.GetArrayLength() == 0) continue;

            IReadOnlyList<Flow> flows;
            try
            {
                flows = EngineRun.Of(TestCorpus.PathOf(capture)).Flows;
            }
            catch (CaptureRefusedException e)
            {
                foreach (var _ in sessions.EnumerateArray()) tally.Missed(capture, "capture refused: " + e.Message);
                continue;
            }

            foreach (var session in sessions.EnumerateArray()) Compare(tally, capture, session.GetProperty("body"), flows);
        }

        output.WriteLine(tally.Report());
        File.WriteAllText(Path.Combine(AppContext.BaseDirectory, "arkime-agreement.txt"), tally.Report(int.MaxValue));
        Assert.True(tally.Recall >= 95.0, $"recall {tally.Recall:F2}% < 95%\n{tally.Report()}");
        Assert.True(tally.ExactShare >= 90.0, $"exact {tally.ExactShare:F2}% < 90%\n{tally.Report()}");
    }

    private static void Compare(AgreementTally tally, string capture, JsonElement body, IReadOnlyList<Flow> flows)
    {
        int protocol = body.GetProperty("ipProtocol").GetInt32();
        var source = body.GetProperty("source");
        var destination = body.GetProperty("destination");
        if (!source.TryGetProperty("ip", out _) || !destination.TryGetProperty("ip", out _))
        {
            tally.OutOfScope(capture, $"non-IP session at {body.GetProperty("firstPacket").GetInt64()} ms");
            return;
        }
        string sourceIp = Endpoints.Normalise(source.GetProperty("ip").GetString()!);
        string destinationIp = Endpoints.Normalise(destination.GetProperty("ip").GetString()!);
        int sourcePort = source.TryGetProperty("port", out var sp) ? sp.GetInt32() : 0;
        int destinationPort = destination.TryGetProperty("port", out var dp) ? dp.GetInt32() : 0;
        long firstMs = body.GetProperty("firstPacket").GetInt64();
        string what = $"proto {protocol} {sourceIp}:{sourcePort} -> {destinationIp}:{destinationPort} at {firstMs} ms";
        bool hasPorts = protocol is 6 or 17 or 132;

        var flow = flows.FirstOrDefault(f => f.Protocol == protocol && f.FirstNs / 1_000_000 == firstMs
            && SameEndpoints(f, sourceIp, sourcePort, destinationIp, destinationPort, hasPorts));
        if (flow == null)
        {
            tally.Missed(capture, what);
            return;
        }

        bool sameDirection = flow.SourceIp.ToString() == sourceIp && (!hasPorts || flow.SourcePort == sourcePort);
        var fromSource = sameDirection ? flow.Source : flow.Destination;
        var fromDestination = sameDirection ? flow.Destination : flow.Source;
        var checks = new List<(string, bool, bool)>
        {
            ("packets", fromSource.Packets == source.GetProperty("packets").GetInt64()
                && fromDestination.Packets == destination.GetProperty("packets").GetInt64(), true),
            ("bytes", fromSource.Bytes == source.GetProperty("bytes").GetInt64()
                && fromDestination.Bytes == destination.GetProperty("bytes").GetInt64(), true),
            ("direction", sameDirection, false),
        };
        if (body.GetProperty("packetPos") is { ValueKind: JsonValueKind.Array } positions && positions.GetArrayLength() > 0)
            checks.Add(("offset", positions[0].GetInt64() == flow.FirstOffset, false));
        if (body.GetProperty("network").TryGetProperty("community_id", out var communityId))
            checks.Add(("community_id", communityId.GetString() == flow.CommunityId(0), true));
        tally.Compared(capture, what, checks);
    }

    private static bool SameEndpoints(Flow flow, string sourceIp, int sourcePort, string destinationIp, int destinationPort, bool hasPorts)
    {
        string ours = flow.SourceIp.ToString(), theirs = flow.DestinationIp.ToString();
        int ourSourcePort = hasPorts ? flow.SourcePort : 0, ourDestinationPort = hasPorts ? flow.DestinationPort : 0;
        if (!hasPorts) sourcePort = destinationPort = 0;
        return (ours == sourceIp && ourSourcePort == sourcePort && theirs == destinationIp && ourDestinationPort == destinationPort)
            || (ours == destinationIp && ourSourcePort == destinationPort && theirs == sourceIp && ourDestinationPort == sourcePort);
    }
}
