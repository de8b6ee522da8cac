using System.Text.Json;
using PcapSearch.Testing;

namespace PcapSearch.Cli.Tests;

public sealed class HostsVerbTests : IDisposable
{
    private readonly string _data = Directory.CreateTempSubdirectory("pcapsearch-data-").FullName;

    public HostsVerbTests()
    {
        var ingest = CliProcess.Run("ingest", "--data", _data, TestCorpus.PathOf("zeek/smtp.pcap"), TestCorpus.PathOf("zeek/wikipedia-filtered-plus-udp.pcap"));
        Assert.Equal(0, ingest.ExitCode);
    }

    [Fact]
    public void One_host_document_names_what_dns_said_and_what_the_host_served()
    {
        var result = CliProcess.Run("hosts", "--data", _data, "--ip", "74.53.140.153", "--format", "ndjson");

        Assert.Equal(0, result.ExitCode);
        using var host = JsonDocument.Parse(result.Stdout);
        var root = host.RootElement;
        Assert.Equal("74.53.140.153", root.GetProperty("ip").GetString());
        Assert.Equal(["mail.patriots.in", "patriots.in"], root.GetProperty("names").EnumerateArray().Select(n => n.GetString()));
        Assert.Equal(["tcp/25"], root.GetProperty("services").EnumerateArray().Select(n => n.GetString()));
        Assert.Equal(1, root.GetProperty("flows").GetInt64());
        var flow = Flow("destination.ip:74.53.140.153");
        Assert.Equal(flow.GetProperty("destination.bytes").GetInt64(), root.GetProperty("bytes_sent").GetInt64());
        Assert.Equal(flow.GetProperty("source.bytes").GetInt64(), root.GetProperty("bytes_received").GetInt64());
    }

    [Fact]
    public void The_table_of_one_host_has_a_line_per_field()
    {
        var result = CliProcess.Run("hosts", "--data", _data, "--ip", "208.80.152.3");

        Assert.Equal(0, result.ExitCode);
        Assert.Contains(result.Stdout.Split('\n'), l => l.StartsWith("names", StringComparison.Ordinal) && l.EndsWith("upload.pmtpa.wikimedia.org, upload.wikimedia.org", StringComparison.Ordinal));
        Assert.Contains(result.Stdout.Split('\n'), l => l.StartsWith("services", StringComparison.Ordinal) && l.EndsWith("tcp/80", StringComparison.Ordinal));
    }

    [Fact]
    public void An_address_in_no_flow_exits_3_and_a_bad_one_exits_2()
    {
        var absent = CliProcess.Run("hosts", "--data", _data, "--ip", "192.0.2.1");
        Assert.Equal(3, absent.ExitCode);
        Assert.Contains("no stored flow has the address 192.0.2.1", absent.Stderr);
        Assert.Equal("", absent.Stdout);

        var outOfScope = CliProcess.Run("hosts", "--data", _data, "--ip", "74.53.140.153", "network.transport:udp");
        Assert.Equal(3, outOfScope.ExitCode);
        Assert.Contains("in the query's scope", outOfScope.Stderr);

        var bad = CliProcess.Run("hosts", "--data", _data, "--ip", "10.0.0.0/8");
        Assert.Equal(2, bad.ExitCode);
        Assert.Contains("'10.0.0.0/8' is not an IP address", bad.Stderr);
    }

    [Fact]
    public void The_list_is_ordered_limited_and_counts_every_host()
    {
        var all = Hosts("--limit", "0", "--order", "flows");
        var addresses = Flows("").SelectMany(f => new[] { f.GetProperty("source.ip").GetString(), f.GetProperty("destination.ip").GetString() }).Distinct().ToList();
        Assert.Equal(addresses.Order(StringComparer.Ordinal), all.Select(h => h.GetProperty("ip").GetString()).Order(StringComparer.Ordinal));
        var flows = all.Select(h => h.GetProperty("flows").GetInt64()).ToList();
        Assert.Equal(flows.OrderDescending(), flows);

        var top = CliProcess.Run("hosts", "--data", _data, "--limit", "2");
        Assert.Equal(0, top.ExitCode);
        var lines = top.Stdout.Trim().Split('\n');
        Assert.Equal("ip\tflows\tbytes_sent\tbytes_received\tpeers\tlast_seen\tservices\tnames", lines[0]);
        Assert.Equal(3, lines.Length);
        Assert.Contains($"2 of {all.Count} hosts shown", top.Stderr);
    }

    [Fact]
    public void A_query_picks_the_flows_whose_hosts_are_listed()
    {
        var hosts = Hosts("network.transport:tcp and destination.port:25", "--order", "bytes");
        Assert.Equal(new[] { "10.10.1.4", "192.168.133.100", "192.168.133.102", "74.53.140.153" }, hosts.Select(h => h.GetProperty("ip").GetString()).Order(StringComparer.Ordinal));

        var malformed = CliProcess.Run("hosts", "--data", _data, "destination.port:");
        Assert.Equal(2, malformed.ExitCode);
        Assert.Contains("column", malformed.Stderr);
    }

    private List<JsonElement> Hosts(params string[] arguments)
    {
        var result = CliProcess.Run(["hosts", "--data", _data, "--format", "ndjson", .. arguments]);
        Assert.Equal(0, result.ExitCode);
        return [.. result.Stdout.Split('\n', StringSplitOptions.RemoveEmptyEntries).Select(l => JsonDocument.Parse(l).RootElement)];
    }

    private List<JsonElement> Flows(string kql)
    {
        var result = CliProcess.Run("search", "--data", _data, kql, "--format", "ndjson", "--limit", "0", "--fields", "source.ip,destination.ip,source.bytes,destination.bytes");
        Assert.Equal(0, result.ExitCode);
        return [.. result.Stdout.Split('\n', StringSplitOptions.RemoveEmptyEntries).Select(l => JsonDocument.Parse(l).RootElement)];
    }

    private JsonElement Flow(string kql) => Flows(kql).Single();

    public void Dispose()
    {
        try { Directory.Delete(_data, recursive: true); } catch (IOException) { }
    }
}
