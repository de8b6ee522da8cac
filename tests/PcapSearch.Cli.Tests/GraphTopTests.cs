using System.Text.Json;
using PcapSearch.Testing;

namespace PcapSearch.Cli.Tests;

/// <summary>`graph`, `top --by` and `search --limit` over captures ingested by the real binary, checked against `search` output.</summary>
public sealed class GraphTopTests : IDisposable
{
    private readonly string _data = Directory.CreateTempSubdirectory("pcapsearch-data-").FullName;

    public GraphTopTests()
    {
        Assert.Equal(0, CliProcess.Run("ingest", "--data", _data, TestCorpus.PathOf("arkime/dns-tcp.pcap"), TestCorpus.PathOf("arkime/http-simple-get.pcap"), TestCorpus.PathOf("arkime/v6-http.pcap")).ExitCode);
    }

    /// <summary>Every stored flow's chosen fields, from `search --format ndjson --limit 0`.</summary>
    private List<JsonElement> Flows(params string[] fields)
    {
        var result = CliProcess.Run("search", "--data", _data, "--format", "ndjson", "--limit", "0", "--fields", string.Join(',', fields));
        Assert.Equal(0, result.ExitCode);
        return result.Stdout.Split('\n', StringSplitOptions.RemoveEmptyEntries).Select(l => JsonDocument.Parse(l).RootElement).ToList();
    }

    [Fact]
    public void Graph_json_has_an_edge_per_address_pair_with_the_flows_bytes()
    {
        var flows = Flows("source.ip", "destination.ip", "network.bytes");
        var result = CliProcess.Run("graph", "--data", _data);

        Assert.Equal(0, result.ExitCode);
        var graph = JsonDocument.Parse(result.Stdout).RootElement;
        Assert.False(graph.GetProperty("truncated").GetBoolean());
        var edges = graph.GetProperty("edges").EnumerateArray().ToList();
        var pairs = flows.GroupBy(f => (f.GetProperty("source.ip").GetString(), f.GetProperty("destination.ip").GetString())).ToList();
        Assert.Equal(pairs.Count, edges.Count);
        foreach (var pair in pairs)
        {
            var edge = edges.Single(e => e.GetProperty("source").GetString() == pair.Key.Item1 && e.GetProperty("destination").GetString() == pair.Key.Item2);
            Assert.Equal(pair.Count(), edge.GetProperty("flows").GetInt64());
            Assert.Equal(pair.Sum(f => f.GetProperty("network.bytes").GetInt64()), edge.GetProperty("bytes").GetInt64());
        }
        Assert.Equal(pairs.SelectMany(p => new[] { p.Key.Item1, p.Key.Item2 }).Distinct().Count(), graph.GetProperty("nodes").GetArrayLength());
    }

    [Fact]
    public void Graph_dot_of_services_with_top_expand_and_refusals()
    {
        var dot = CliProcess.Run("graph", "--data", _data, "--node", "ip-port", "--weight", "flows", "--top", "1", "--format", "dot");
        Assert.Equal(0, dot.ExitCode);
        Assert.StartsWith("digraph flows {", dot.Stdout);
        Assert.Single(dot.Stdout.Split('\n'), l => l.Contains(" -> ", StringComparison.Ordinal));
        Assert.Matches(@"-> ""[^""]+:\d+""", dot.Stdout);
        Assert.Contains("--top", dot.Stderr);

        var expanded = CliProcess.Run("graph", "--data", _data, "network.protocol:dns", "--expand", "10.180.156.141", "--hops", "2");
        Assert.Equal(0, expanded.ExitCode);
        var edges = JsonDocument.Parse(expanded.Stdout).RootElement.GetProperty("edges").EnumerateArray().ToList();
        Assert.NotEmpty(edges);
        Assert.All(edges, e => Assert.Contains("10.180.156.141", new[] { e.GetProperty("source").GetString(), e.GetProperty("destination").GetString() }));

        var refused = CliProcess.Run("graph", "--data", _data, "--top", "0");
        Assert.Equal(2, refused.ExitCode);
        Assert.Contains("top must be between 1 and", refused.Stderr);
        Assert.Equal("", refused.Stdout);
    }

    [Theory]
    [InlineData("out", "source.bytes")]
    [InlineData("in", "destination.bytes")]
    public void Top_by_bytes_sums_what_each_source_sent_or_received(string by, string bytes)
    {
        var flows = Flows("source.ip", bytes);
        var expected = flows.GroupBy(f => f.GetProperty("source.ip").GetString()!)
            .Select(g => (Ip: g.Key, Bytes: g.Sum(f => f.TryGetProperty(bytes, out var b) ? b.GetInt64() : 0)))
            .OrderByDescending(t => t.Bytes).ThenBy(t => t.Ip, StringComparer.Ordinal).Take(2)
            .Select(t => $"{t.Bytes}  {t.Ip}");

        var result = CliProcess.Run("top", "source.ip", "--by", by, "--limit", "2", "--data", _data);

        Assert.Equal(0, result.ExitCode);
        var lines = result.Stdout.Trim().Split('\n').Select(l => System.Text.RegularExpressions.Regex.Replace(l.Trim(), " +", "  "));
        Assert.Equal(expected, lines.Take(2));
    }

    [Fact]
    public void Top_by_refuses_a_field_without_a_side()
    {
        var result = CliProcess.Run("top", "network.transport", "--by", "in", "--data", _data);
        Assert.Equal(2, result.ExitCode);
        Assert.Contains("source.* or destination.*", result.Stderr);
    }

    [Fact]
    public void Search_limit_zero_prints_every_hit_and_a_limit_stops_early()
    {
        int all = Flows("event.id").Count;
        Assert.True(all > 2);
        var two = CliProcess.Run("search", "--data", _data, "--format", "csv", "--fields", "event.id", "--limit", "2");
        Assert.Equal(3, two.Stdout.Trim().Split('\n').Length); // heading + 2
    }

    public void Dispose() => Directory.Delete(_data, recursive: true);
}
