using System.Text.Json;
using PcapSearch.Testing;

namespace PcapSearch.Cli.Tests;

public class IngestSearchTests : IDisposable
{
    private readonly string _data = Directory.CreateTempSubdirectory("pcapsearch-data-").FullName;

    [Fact]
    public void Ingested_flows_are_found_by_kql_and_ingesting_again_duplicates_nothing()
    {
        string[] captures = [TestCorpus.PathOf("arkime/dns-tcp.pcap"), TestCorpus.PathOf("arkime/http-simple-get.pcap")];
        Assert.Equal(0, CliProcess.Run(["ingest", "--data", _data, .. captures]).ExitCode);
        var first = Hits("");
        Assert.Equal(0, CliProcess.Run(["ingest", "--data", _data, .. captures]).ExitCode);

        Assert.Equal(3, first.Count);
        Assert.Equal(first, Hits(""));
        var dns = Hits("network.protocol:dns and destination.port:53");
        Assert.Equal(2, dns.Count);
        Assert.All(dns, hit => Assert.Contains("\"destination.port\":53", hit));
        Assert.Single(Hits("source.ip:10.180.156.0/24 and not network.protocol:dns"));
    }

    [Fact]
    public void The_catalog_records_the_ingested_file_by_its_capture_id_and_sha256()
    {
        string capture = TestCorpus.PathOf("arkime/http-simple-get.pcap");
        Assert.Equal(0, CliProcess.Run("ingest", "--data", _data, capture).ExitCode);

        using var store = Verbs.DataDirectory.OpenStore(new DirectoryInfo(_data));
        var record = Assert.Single(store.Captures());
        Assert.Equal(Capture.CaptureIdentity.ContentIdOf(capture), record.Id);
        Assert.Equal(Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData(File.ReadAllBytes(capture))), record.Sha256);
        Assert.Equal(Store.CaptureStatus.Done, record.Status);
    }

    [Fact]
    public void The_store_memory_limit_is_taken_from_the_environment_and_a_bad_one_refused()
    {
        string capture = TestCorpus.PathOf("arkime/dns-tcp.pcap");
        var bad = CliProcess.RunWith(new Dictionary<string, string> { ["PCAPSEARCH_STORE_MEMORY_LIMIT"] = "plenty" }, "ingest", "--data", _data, capture);
        Assert.NotEqual(0, bad.ExitCode);
        Assert.Contains("PCAPSEARCH_STORE_MEMORY_LIMIT=plenty is not a size", bad.Stderr);
        var bounded = new Dictionary<string, string> { ["PCAPSEARCH_STORE_MEMORY_LIMIT"] = "256MB" };
        Assert.Equal(0, CliProcess.RunWith(bounded, "ingest", "--data", _data, capture).ExitCode);
        var found = CliProcess.RunWith(bounded, "search", "--data", _data, "network.transport:tcp", "--format", "ndjson");
        Assert.Equal(0, found.ExitCode);
        Assert.NotEmpty(found.Stdout.Split('\n', StringSplitOptions.RemoveEmptyEntries));
    }

    [Fact]
    public void A_malformed_query_exits_2_with_the_column()
    {
        CliProcess.Run("ingest", "--data", _data, TestCorpus.PathOf("arkime/dns-tcp.pcap"));

        var result = CliProcess.Run("search", "--data", _data, "source.ip:10.0.0.0/8 and (");

        Assert.Equal(2, result.ExitCode);
        Assert.Contains("column 27", result.Stderr);
        Assert.Equal("", result.Stdout);
    }

    [Fact]
    public void A_field_no_flow_has_matches_nothing_with_a_warning()
    {
        CliProcess.Run("ingest", "--data", _data, TestCorpus.PathOf("arkime/dns-tcp.pcap"));

        var result = CliProcess.Run("search", "--data", _data, "no.such.field:1", "--format", "ndjson");

        Assert.Equal(0, result.ExitCode);
        Assert.Contains("no.such.field", result.Stderr);
        Assert.Equal("", result.Stdout.Trim());
    }

    [Fact]
    public void Chosen_fields_come_out_as_csv_and_at_names_are_not_response_files()
    {
        CliProcess.Run("ingest", "--data", _data, TestCorpus.PathOf("arkime/dns-tcp.pcap"));

        var result = CliProcess.Run("search", "--data", _data, "dns.question.name:google.com", "--fields", "@timestamp,dns.question.name", "--format", "csv");

        Assert.Equal(0, result.ExitCode);
        Assert.Equal(["@timestamp,dns.question.name", "2013-11-26T16:07:58.892062Z,google.com"], result.Stdout.Trim().Split('\n'));
    }

    [Fact]
    public void Top_counts_flows_per_value_with_the_rest_as_other()
    {
        CliProcess.Run("ingest", "--data", _data, TestCorpus.PathOf("arkime/dns-tcp.pcap"), TestCorpus.PathOf("arkime/http-simple-get.pcap"));

        var result = CliProcess.Run("top", "destination.port", "--data", _data, "--limit", "1");

        Assert.Equal(0, result.ExitCode);
        var lines = result.Stdout.Trim().Split('\n').Select(l => l.Trim()).ToArray();
        Assert.Equal(["2  53", "1  (other)"], lines.Select(l => System.Text.RegularExpressions.Regex.Replace(l, " +", "  ")));
    }

    private List<string> Hits(string kql)
    {
        var result = CliProcess.Run("search", "--data", _data, kql, "--format", "ndjson", "--limit", "0");
        Assert.Equal(0, result.ExitCode);
        var lines = result.Stdout.Split('\n', StringSplitOptions.RemoveEmptyEntries).ToList();
        Assert.All(lines, line => JsonDocument.Parse(line).Dispose());
        return lines;
    }

    public void Dispose() => Directory.Delete(_data, recursive: true);
}
