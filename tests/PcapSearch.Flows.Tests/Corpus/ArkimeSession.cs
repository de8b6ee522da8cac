using System.Text.Json;

namespace PcapSearch.Flows.Tests.Corpus;

/// <summary>One session of an Arkime *.test file, its saved parts summed.</summary>
public sealed record ArkimeSession(
    int Protocol, string SourceIp, int SourcePort, string DestinationIp, int DestinationPort, long FirstMs,
    long SourcePackets, long SourceBytes, long DestinationPackets, long DestinationBytes, long? FirstOffset, string? CommunityId)
{
    /// <summary>The sessions in file order; null stands for a session without IP addresses (ARP, LLDP...).</summary>
    public static IEnumerable<ArkimeSession?> Read(JsonElement sessions)
    {
        var byStart = new Dictionary<(int, Endpoints, long), int>();
        var result = new List<ArkimeSession?>();
        foreach (var element in sessions.EnumerateArray())
        {
            var session = Parse(element.GetProperty("body"));
            if (session == null)
            {
                result.Add(null);
                continue;
            }
            var key = (session.Protocol, Endpoints.Of("", session.SourceIp, session.SourcePort, session.DestinationIp, session.DestinationPort), session.FirstMs);
            if (byStart.TryGetValue(key, out int index)) result[index] = result[index]!.Add(session);
            else
            {
                byStart[key] = result.Count;
                result.Add(session);
            }
        }
        return result;
    }

    private ArkimeSession Add(ArkimeSession part)
    {
        bool sameWay = part.SourceIp == SourceIp && part.SourcePort == SourcePort;
        return this with
        {
            SourcePackets = SourcePackets + (sameWay ? part.SourcePackets : part.DestinationPackets),
            SourceBytes = SourceBytes + (sameWay ? part.SourceBytes : part.DestinationBytes),
            DestinationPackets = DestinationPackets + (sameWay ? part.DestinationPackets : part.SourcePackets),
            DestinationBytes = DestinationBytes + (sameWay ? part.DestinationBytes : part.SourceBytes),
            FirstOffset = FirstOffset ?? part.FirstOffset,
            CommunityId = CommunityId ?? part.CommunityId,
        };
    }

    private static ArkimeSession? Parse(JsonElement body)
    {
        var source = body.GetProperty("source");
        var destination = body.GetProperty("destination");
        if (!source.TryGetProperty("ip", out var sourceIp) || !destination.TryGetProperty("ip", out var destinationIp)) return null;
        int protocol = body.GetProperty("ipProtocol").GetInt32();
        bool hasPorts = protocol is 6 or 17 or 132;
        var positions = body.GetProperty("packetPos");
        return new ArkimeSession(
            protocol,
            Endpoints.Normalise(sourceIp.GetString()!),
            hasPorts && source.TryGetProperty("port", out var sp) ? sp.GetInt32() : 0,
            Endpoints.Normalise(destinationIp.GetString()!),
            hasPorts && destination.TryGetProperty("port", out var dp) ? dp.GetInt32() : 0,
            body.GetProperty("firstPacket").GetInt64(),
            source.GetProperty("packets").GetInt64(),
            source.GetProperty("bytes").GetInt64(),
            destination.GetProperty("packets").GetInt64(),
            destination.GetProperty("bytes").GetInt64(),
            positions.ValueKind == JsonValueKind.Array && positions.GetArrayLength() > 0 ? positions[0].GetInt64() : null,
            body.GetProperty("network").TryGetProperty("community_id", out var id) ? id.GetString() : null);
    }
}
