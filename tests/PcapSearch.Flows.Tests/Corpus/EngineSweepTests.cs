using PcapSearch.Capture;
using PcapSearch.Testing;

namespace PcapSearch.Flows.Tests.Corpus;

/// <summary>
/// Every corpus capture (tcpdump's deliberately corrupt ones included) through the whole engine:
/// no exception, and every packet read is accounted for exactly once.
/// </summary>
public class EngineSweepTests
{
    public static TheoryData<string> Folders => new() { "arkime", "zeek", "tcpdump" };

    [Theory]
    [MemberData(nameof(Folders))]
    public void Every_packet_is_accounted_for_and_every_flow_packet_comes_from_an_ip_packet(string folder)
    {
        var failures = new List<string>();
        int read = 0;
        foreach (var capture in TestCorpus.Captures(folder))
        {
            EngineRun run;
            try
            {
                run = EngineRun.Of(TestCorpus.PathOf(capture));
            }
            catch (CaptureRefusedException)
            {
                continue;
            }
            read++;
            var s = run.Statistics;
            // A reassembled datagram is credited with all its fragments, which were each counted as held
            // before: so the held count is the only slack between packets read and packets accounted.
            long accounted = s.IpPackets + s.NonIpPackets + s.MalformedPackets + s.FilteredOut + s.UnsupportedLinkTypes.Values.Sum();
            long flowPackets = run.Flows.Sum(f => f.Packets);
            if (accounted > s.Packets || accounted < s.Packets - s.FragmentsHeld || flowPackets != s.IpPackets)
                failures.Add($"{capture}: {s.Packets} read, {accounted} accounted, {s.FragmentsHeld} held, {s.IpPackets} credited to flows, {flowPackets} in flows");
            if (run.Flows.Any(f => f.Packets == 0 || f.LastNs < f.FirstNs))
                failures.Add($"{capture}: a flow with no packets or ending before it starts");
        }
        Assert.True(read > 0);
        Assert.True(failures.Count == 0, string.Join('\n', failures));
    }
}
