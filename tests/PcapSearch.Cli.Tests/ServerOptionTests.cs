using PcapSearch.Testing;

namespace PcapSearch.Cli.Tests;

public class ServerOptionTests : IDisposable
{
    private readonly string _data = Directory.CreateTempSubdirectory("pcapsearch-data-").FullName;

    [Fact]
    public void Query_verbs_print_the_same_through_a_server_as_over_the_store()
    {
        CliProcess.Run("ingest", "--data", _data, TestCorpus.PathOf("arkime/dns-tcp.pcap"), TestCorpus.PathOf("arkime/http-simple-get.pcap"), TestCorpus.PathOf("arkime/v6-http.pcap"));
        string[][] verbs =
        [
            ["search"],
            ["search", "network.protocol:dns or destination.port:80", "--fields", "@timestamp,source.ip,dns.question.name,url.domain", "--format", "ndjson"],
            ["search", "", "--format", "csv", "--limit", "2"],
            ["search", "no.such.field:1"],
            ["search", "source.ip:10.0.0.0/8 and ("],
            ["top", "destination.port"],
            ["top", "source.ip", "--by", "out"],
            ["graph", "--node", "ip-port", "--format", "dot"],
            ["hosts", "--limit", "3"],
            ["hosts", "--ip", "10.180.156.141", "--format", "ndjson"],
            ["hosts", "--ip", "192.0.2.1"],
        ];
        // The store admits one process: ask it directly first, then through the server that holds it.
        var local = verbs.Select(v => CliProcess.Run([.. v, "--data", _data])).ToList();
        List<CliResult> remote;
        using (var server = ServeProcess.Start("--data", _data))
        {
            remote = verbs.Select(v => CliProcess.Run([.. v, "--server", server.Url.ToString()])).ToList();
        }

        Assert.Contains("10.180.156.141", local[0].Stdout);
        Assert.Equal(2, local[4].ExitCode);
        Assert.Contains("no.such.field", local[3].Stderr);
        for (int i = 0; i < verbs.Length; i++)
        {
            Assert.Equal(local[i].ExitCode, remote[i].ExitCode);
            Assert.Equal(local[i].Stdout, remote[i].Stdout);
            Assert.Equal(local[i].Stderr, remote[i].Stderr);
        }
    }

    [Fact]
    public void A_second_serve_on_the_same_data_directory_stops_at_start_saying_why()
    {
        using var first = ServeProcess.Start("--data", _data);

        var second = CliProcess.Run("serve", "--data", _data, "--port", "0");

        Assert.Equal(1, second.ExitCode);
        Assert.Contains("is in use by another pcapsearch process", second.Stderr);
        Assert.DoesNotContain("PcapSearch serves", second.Stdout);
    }

    [Fact]
    public void Verbs_on_a_data_directory_a_serve_holds_say_so_and_how_to_reach_it()
    {
        using var server = ServeProcess.Start("--data", _data);

        var search = CliProcess.Run("search", "--data", _data);
        var ingest = CliProcess.Run("ingest", "--data", _data, TestCorpus.PathOf("arkime/adb.pcap"));

        Assert.Equal((1, 1), (search.ExitCode, ingest.ExitCode));
        Assert.Equal($"pcapsearch search: the data directory {_data} is in use by another pcapsearch process (a running `serve`?): ask it with --server URL, or stop it first\n", search.Stderr);
        Assert.Contains("POST /api/captures", ingest.Stderr);
        Assert.DoesNotContain("   at ", search.Stderr + ingest.Stderr);
    }

    [Fact]
    public void An_unreachable_server_is_an_error_that_names_it()
    {
        var result = CliProcess.Run("search", "--server", "http://127.0.0.1:1/");

        Assert.Equal(1, result.ExitCode);
        Assert.Contains("cannot reach http://127.0.0.1:1/", result.Stderr);
    }

    [Fact]
    public void Apikey_create_prints_a_key_once_and_keeps_only_its_hash()
    {
        var created = CliProcess.Run("apikey", "create", "ci", "--data", _data);
        var again = CliProcess.Run("apikey", "create", "ci", "--data", _data);
        var list = CliProcess.Run("apikey", "list", "--data", _data);

        Assert.Equal(0, created.ExitCode);
        string key = created.Stdout.Trim();
        Assert.StartsWith("pcs_", key);
        Assert.DoesNotContain(key.Split('_')[^1], File.ReadAllText(Path.Combine(_data, "api-keys.json")));
        Assert.Equal(2, again.ExitCode);
        Assert.StartsWith("ci\t", list.Stdout);
        Assert.Equal(0, CliProcess.Run("apikey", "revoke", "ci", "--data", _data).ExitCode);
        Assert.Equal("", CliProcess.Run("apikey", "list", "--data", _data).Stdout);
    }

    [Fact]
    public void Serve_help_lists_each_setting_with_its_variable_and_appsettings_key()
    {
        var help = CliProcess.Run("serve", "--help").Stdout;

        foreach (var (flag, variable) in new[] { ("--data", "PCAPSEARCH_DATA"), ("--watch", "PCAPSEARCH_WATCH"), ("--port", "PCAPSEARCH_PORT"), ("--bind", "PCAPSEARCH_BIND"), ("--demo", "PCAPSEARCH_DEMO") })
        {
            Assert.Matches($"{flag}\\b[^\\n]*\\[env {variable}, appsettings PcapSearch:", help);
        }
    }

    [Fact]
    public void A_bad_setting_is_refused_with_its_name()
    {
        var result = CliProcess.Run("serve", "--data", _data, "--port", "70000");

        Assert.Equal(2, result.ExitCode);
        Assert.Contains("PCAPSEARCH_PORT", result.Stderr);
    }

    public void Dispose()
    {
        try { Directory.Delete(_data, recursive: true); } catch (IOException) { }
    }
}
