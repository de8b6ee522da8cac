using System.Text.Json;
using PcapSearch.Capture;
using PcapSearch.Testing;
using Xunit.Abstractions;

namespace PcapSearch.Flows.Tests.Corpus;

/// <summary>
/// Our flows against the sessions Arkime itself expects for its own test captures (the
/// "sessions3" bodies of each *.test file). Arkime saves a long or still-open session in several
/// documents that share its first packet time (linked by rootId); those are summed into one
/// session before comparing. docs/correctness.md explains the differences.
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

            foreach (var session in ArkimeSession.Read(sessions))
            {
                if (session == null) tally.OutOfScope(capture, "non-IP session");
                else Compare(tally, capture, session, flows);
            }
        }

        output.WriteLine(tally.Report());
        File.WriteAllText(Path.Combine(AppContext.BaseDirectory, "arkime-agreement.txt"), tally.Report(int.MaxValue));
        Assert.True(tally.Recall >= 95.0, $"recall {tally.Recall:F2}% < 95%\n{tally.Report()}");
        Assert.True(tally.ExactShare >= 90.0, $"exact {tally.ExactShare:F2}% < 90%\n{tally.Report()}");
    }

    private static void Compare(AgreementTally tally, string capture, ArkimeSession session, IReadOnlyList<Flow> flows)
    {
        string what = $"proto {session.Protocol} {session.SourceIp}:{session.SourcePort} -> {session.DestinationIp}:{session.DestinationPort} at {session.FirstMs} ms";
        bool hasPorts = session.Protocol is 6 or 17 or 132;
        var flow = flows.FirstOrDefault(f => f.Protocol == session.Protocol && f.FirstNs / 1_000_000 == session.FirstMs
            && SameEndpoints(f, session.SourceIp, session.SourcePort, session.DestinationIp, session.DestinationPort, hasPorts));
        if (flow == null)
        {
            tally.Missed(capture, what);
            return;
        }

        bool sameDirection = flow.SourceIp.ToString() == session.SourceIp && (!hasPorts || flow.SourcePort == session.SourcePort);
        var fromSource = sameDirection ? flow.Source : flow.Destination;
        var fromDestination = sameDirection ? flow.Destination : flow.Source;
        var checks = new List<(string, bool, bool)>
        {
            ("packets", fromSource.Packets == session.SourcePackets && fromDestination.Packets == session.DestinationPackets, true),
            ("bytes", fromSource.Bytes == session.SourceBytes && fromDestination.Bytes == session.DestinationBytes, true),
            ("direction", sameDirection, false),
        };
        if (session.FirstOffset is { } offset) checks.Add(("offset", offset == flow.FirstOffset, false));
        if (session.CommunityId is { } communityId) checks.Add(("community_id", communityId == flow.CommunityId(0), true));
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
