using System.Text.Json;
using PcapSearch.Capture;
using PcapSearch.Flows.Engine;
using PcapSearch.Flows.Tests.Corpus;
using PcapSearch.Testing;

namespace PcapSearch.Flows.Tests.Protocols.Dns;

/// <summary>Runs corpus captures through the engine with the parsers that ship, for the tshark agreement tests.</summary>
internal static class DnsHttpCorpus
{
    /// <summary>Every capture whose tshark reference has rows in <paramref name="table"/>, with those rows and our flows (null when the capture was refused).</summary>
    public static IEnumerable<(string Capture, JsonElement[] Rows, IReadOnlyList<Flow>? Flows)> Captures(string table)
    {
        var options = new EngineOptions();
        foreach (var folder in new[] { "arkime", "zeek", "tcpdump" })
        {
            foreach (var capture in TestCorpus.Captures(folder))
            {
                string referencePath = TestCorpus.PathOf(capture) + ".tshark.json";
                if (!File.Exists(referencePath)) continue;
                using var reference = JsonDocument.Parse(File.ReadAllBytes(referencePath));
                if (!reference.RootElement.TryGetProperty(table, out var rows) || rows.GetArrayLength() == 0) continue;
                var copy = rows.EnumerateArray().Select(r => r.Clone()).ToArray();
                IReadOnlyList<Flow>? flows;
                try
                {
                    flows = EngineRun.Of(TestCorpus.PathOf(capture), options).Flows;
                }
                catch (CaptureRefusedException)
                {
                    flows = null;
                }
                yield return (capture, copy, flows);
            }
        }
    }

    /// <summary>Flows between two addresses, in either direction, by canonical address pair.</summary>
    public static ILookup<(string, string), Flow> ByAddresses(IReadOnlyList<Flow> flows) =>
        flows.ToLookup(f => Pair(f.SourceIp.ToString(), f.DestinationIp.ToString()));

    public static (string, string) Pair(string a, string b)
    {
        a = Endpoints.Normalise(a);
        b = Endpoints.Normalise(b);
        return string.CompareOrdinal(a, b) <= 0 ? (a, b) : (b, a);
    }

    public static string? Text(JsonElement row, string name) =>
        row.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String ? value.GetString() : null;
}
