using System.IO.Compression;
using System.Text.Json;
using PcapSearch.Testing;

namespace PcapSearch.Cli.Tests;

public class FlowsVerbTests : IDisposable
{
    private static readonly string DnsTcp = TestCorpus.PathOf("arkime/dns-tcp.pcap");
    private readonly string _directory = Directory.CreateTempSubdirectory("pcapsearch-cli-").FullName;

    [Fact]
    public void Ndjson_holds_one_ecs_flow_document_per_line()
    {
        var result = CliProcess.Run("flows", DnsTcp);

        Assert.Equal(0, result.ExitCode);
        var lines = result.Stdout.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal(2, lines.Length);
        using var first = JsonDocument.Parse(lines[0]);
        var doc = first.RootElement;
        Assert.Equal("2013-11-26T16:07:58.892062Z", doc.GetProperty("@timestamp").GetString());
        Assert.Equal("10.180.156.141", doc.GetProperty("source").GetProperty("ip").GetString());
        Assert.Equal(49342, doc.GetProperty("source").GetProperty("port").GetInt32());
        Assert.Equal(438, doc.GetProperty("source").GetProperty("bytes").GetInt64());
        Assert.Equal(614, doc.GetProperty("destination").GetProperty("bytes").GetInt64());
        Assert.Equal("tcp", doc.GetProperty("network").GetProperty("transport").GetString());
        Assert.Equal("1:aiyyBmnGUlby3uK/mWpMfvJm2U4=", doc.GetProperty("network").GetProperty("community_id").GetString());
        Assert.Equal(7_045_000, doc.GetProperty("event").GetProperty("duration").GetInt64());
        Assert.Equal(24, doc.GetProperty("pcap").GetProperty("offset").GetInt64());
        Assert.Equal("dns-tcp.pcap", doc.GetProperty("pcap").GetProperty("capture").GetProperty("file").GetString());
    }

    [Fact]
    public void Ids_are_the_same_on_every_run_and_differ_between_flows()
    {
        var first = Ids(CliProcess.Run("flows", DnsTcp).Stdout);
        var second = Ids(CliProcess.Run("flows", DnsTcp).Stdout);

        Assert.Equal(first, second);
        Assert.Equal(first.Count, first.Distinct().Count());
    }

    [Fact]
    public void A_gzip_compressed_capture_gives_the_same_flows()
    {
        string compressed = Path.Combine(_directory, "dns-tcp.pcap.gz");
        using (var output = new GZipStream(File.Create(compressed), CompressionLevel.Fastest))
        using (var input = File.OpenRead(DnsTcp))
        {
            input.CopyTo(output);
        }

        var plain = Flows(CliProcess.Run("flows", DnsTcp).Stdout);
        var gzip = Flows(CliProcess.Run("flows", compressed).Stdout);
        Assert.Equal(plain.Select(f => f.GetProperty("network").GetProperty("community_id").GetString()),
            gzip.Select(f => f.GetProperty("network").GetProperty("community_id").GetString()));
    }

    [Fact]
    public void A_capture_filter_keeps_only_matching_frames()
    {
        var all = CliProcess.Run("flows", DnsTcp, "--format", "csv");
        var one = CliProcess.Run("flows", DnsTcp, "--format", "csv", "--filter", "tcp port 49343");

        Assert.Equal(0, one.ExitCode);
        Assert.Equal(3, all.Stdout.Trim().Split('\n').Length);
        var rows = one.Stdout.Trim().Split('\n');
        Assert.Equal(2, rows.Length);
        Assert.StartsWith("event.id,event.start,", rows[0]);
        Assert.Contains(",49343,", rows[1]);
    }

    [Fact]
    public void A_bad_filter_is_refused_with_exit_2()
    {
        var result = CliProcess.Run("flows", DnsTcp, "--filter", "tcp prot 80");

        Assert.Equal(2, result.ExitCode);
        Assert.Contains("bad filter", result.Stderr);
        Assert.Equal("", result.Stdout);
    }

    [Theory]
    [InlineData("--udp-idle-timeout", "1e300", "--udp-idle-timeout takes seconds, more than 0 to 3155760000")]
    [InlineData("--tcp-closed-timeout", "0", "--tcp-closed-timeout takes seconds, more than 0")]
    [InlineData("--max-duration", "-1", "--max-duration takes seconds, from 0")]
    [InlineData("--format", "xml", "Argument 'xml' not recognized")]
    public void A_bad_argument_is_refused_with_exit_2_and_what_was_wrong(string option, string value, string message)
    {
        var result = CliProcess.Run("flows", DnsTcp, option, value);

        Assert.Equal(2, result.ExitCode);
        Assert.Contains(message, result.Stderr);
        Assert.DoesNotContain("   at ", result.Stderr);
        Assert.DoesNotContain("\"event\":", result.Stdout);
    }

    [Fact]
    public void A_file_that_is_not_a_capture_is_refused_with_what_it_looked_like_and_the_others_are_still_read()
    {
        string json = Path.Combine(_directory, "notes.pcap");
        File.WriteAllText(json, "{\"not\": \"a capture\"}");

        var result = CliProcess.Run("flows", json, DnsTcp);

        Assert.Equal(2, result.ExitCode);
        Assert.Contains("not a packet capture (JSON)", result.Stderr);
        Assert.Equal(2, Flows(result.Stdout).Count);
    }

    [Fact]
    public void A_missing_file_or_a_directory_is_refused_without_a_stack_trace()
    {
        var result = CliProcess.Run("flows", Path.Combine(_directory, "absent.pcap"), _directory, DnsTcp);

        Assert.Equal(2, result.ExitCode);
        Assert.Contains("absent.pcap", result.Stderr);
        Assert.Contains("is a directory", result.Stderr);
        Assert.DoesNotContain("   at ", result.Stderr);
        Assert.Equal(2, Flows(result.Stdout).Count);
    }

    [Fact]
    public void A_reader_that_stops_early_ends_the_run_quietly()
    {
        // Megabytes of documents, so the writes after the reader has gone fail with a broken pipe.
        string capture = Path.Combine(_directory, "generated.pcap");
        var generate = System.Diagnostics.Process.Start("python3",
            [Path.Combine(Path.GetDirectoryName(TestCorpus.Root)!, "bench", "gen_pcap.py"), "--out", capture, "--target-mb", "10"])!;
        generate.WaitForExit();
        Assert.Equal(0, generate.ExitCode);

        var result = CliProcess.RunAndStopReading(100, "flows", capture);

        Assert.Equal(0, result.ExitCode);
        Assert.StartsWith("{\"@timestamp\":", result.Stdout);
        Assert.DoesNotContain("Unhandled", result.Stderr);
        Assert.DoesNotContain("   at ", result.Stderr);
    }

    [Fact]
    public void A_truncated_capture_keeps_what_was_readable_warns_with_the_offset_and_exits_0()
    {
        byte[] whole = File.ReadAllBytes(DnsTcp);
        string cut = Path.Combine(_directory, "cut.pcap");
        File.WriteAllBytes(cut, whole[..1000]);

        var result = CliProcess.Run("flows", cut);

        Assert.Equal(0, result.ExitCode);
        Assert.Matches(@"warning: offset \d+: TruncatedRecord", result.Stderr);
        Assert.NotEmpty(Flows(result.Stdout));
    }

    [Fact]
    public void Stats_report_every_packet_on_stderr()
    {
        var result = CliProcess.Run("flows", DnsTcp, "--stats", "--format", "table");

        Assert.Equal(0, result.ExitCode);
        using var stats = JsonDocument.Parse(result.Stderr.Trim().Split('\n')[^1]);
        Assert.Equal(20, stats.RootElement.GetProperty("packets").GetInt64());
        Assert.Equal(20, stats.RootElement.GetProperty("ip_packets").GetInt64());
        Assert.Equal(2, stats.RootElement.GetProperty("flows").GetInt64());
        Assert.Contains("10.180.156.141:49342", result.Stdout);
    }

    [Fact]
    public void Format_none_prints_no_flows_but_still_reads_everything()
    {
        var result = CliProcess.Run("flows", DnsTcp, "--format", "none", "--stats");

        Assert.Equal(0, result.ExitCode);
        Assert.Equal("", result.Stdout);
        using var stats = JsonDocument.Parse(result.Stderr.Trim().Split('\n')[^1]);
        Assert.Equal(2, stats.RootElement.GetProperty("flows").GetInt64());
    }

    [Fact]
    public void Application_protocols_are_named_unless_switched_off()
    {
        var parsed = Flows(CliProcess.Run("flows", DnsTcp).Stdout);
        var plain = Flows(CliProcess.Run("flows", DnsTcp, "--no-protocols").Stdout);

        Assert.All(parsed, f => Assert.Equal("dns", f.GetProperty("network").GetProperty("protocol").GetString()));
        Assert.Contains(parsed, f => f.GetProperty("dns").GetProperty("question").GetProperty("name").ToString().Contains("google.com"));
        Assert.All(plain, f => Assert.False(f.GetProperty("network").TryGetProperty("protocol", out _)));
        Assert.Equal(parsed.Select(f => f.GetProperty("event").GetProperty("id").GetString()), plain.Select(f => f.GetProperty("event").GetProperty("id").GetString()));
    }

    private static List<JsonElement> Flows(string ndjson) =>
        ndjson.Split('\n', StringSplitOptions.RemoveEmptyEntries).Select(line => JsonDocument.Parse(line).RootElement).ToList();

    private static List<string> Ids(string ndjson) =>
        Flows(ndjson).Select(f => f.GetProperty("event").GetProperty("id").GetString()!).ToList();

    public void Dispose() => Directory.Delete(_directory, recursive: true);
}
