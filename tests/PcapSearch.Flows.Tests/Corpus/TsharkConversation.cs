using System.Globalization;
using System.Text.Json;

namespace PcapSearch.Flows.Tests.Corpus;

/// <summary>One conversation of a *.tshark.json reference; "a" sent its first packet.</summary>
public sealed record TsharkConversation(
    string Transport, int Stream, string AIp, int APort, string BIp, int BPort,
    long FramesAb, long BytesAb, long FramesBa, long BytesBa, long FirstNs, long LastNs, string? CommunityId, string? Vlan)
{
    /// <summary>
    /// The reference's flows, with UDP streams of one address/port pair merged into one
    /// conversation, as the reference defines UDP conversations (see make_references.py).
    /// </summary>
    public static IEnumerable<TsharkConversation> Read(JsonElement flows)
    {
        var udp = new Dictionary<Endpoints, TsharkConversation>();
        foreach (var element in flows.EnumerateArray())
        {
            var flow = Parse(element);
            if (flow.Transport != "udp")
            {
                yield return flow;
                continue;
            }
            var pair = Endpoints.Of(flow.Transport, flow.AIp, flow.APort, flow.BIp, flow.BPort);
            udp[pair] = udp.TryGetValue(pair, out var earlier) ? earlier.Merge(flow) : flow;
        }
        foreach (var flow in udp.Values) yield return flow;
    }

    private TsharkConversation Merge(TsharkConversation later)
    {
        bool sameWay = later.AIp == AIp && later.APort == APort;
        return this with
        {
            FramesAb = FramesAb + (sameWay ? later.FramesAb : later.FramesBa),
            BytesAb = BytesAb + (sameWay ? later.BytesAb : later.BytesBa),
            FramesBa = FramesBa + (sameWay ? later.FramesBa : later.FramesAb),
            BytesBa = BytesBa + (sameWay ? later.BytesBa : later.BytesAb),
            FirstNs = Math.Min(FirstNs, later.FirstNs),
            LastNs = Math.Max(LastNs, later.LastNs),
        };
    }

    private static TsharkConversation Parse(JsonElement t) => new(
        t.GetProperty("transport").GetString()!,
        t.GetProperty("stream").GetInt32(),
        Endpoints.Normalise(t.GetProperty("a_ip").GetString()!),
        t.GetProperty("a_port").GetInt32(),
        Endpoints.Normalise(t.GetProperty("b_ip").GetString()!),
        t.GetProperty("b_port").GetInt32(),
        t.GetProperty("frames_ab").GetInt64(),
        t.GetProperty("bytes_ab").GetInt64(),
        t.GetProperty("frames_ba").GetInt64(),
        t.GetProperty("bytes_ba").GetInt64(),
        EpochNs(t.GetProperty("first").GetString()!),
        EpochNs(t.GetProperty("last").GetString()!),
        t.GetProperty("community_id").GetString(),
        t.GetProperty("vlan").GetString());

    private static long EpochNs(string seconds)
    {
        var parts = seconds.Split('.');
        long whole = long.Parse(parts[0], CultureInfo.InvariantCulture) * 1_000_000_000L;
        return parts.Length == 1 ? whole : whole + long.Parse(parts[1].PadRight(9, '0')[..9], CultureInfo.InvariantCulture);
    }
}
