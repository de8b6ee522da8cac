using PcapSearch.Enrichment.Tests.Oracles;
using PcapSearch.Testing;

namespace PcapSearch.Cli.Tests;

/// <summary>
/// Enrichment as a user meets it: a capture of a home network asking Google's public resolver, ingested with the
/// data set-up installed, then searched with KQL. Expected values come from the data files (CSV rows, mmdblookup).
/// </summary>
public sealed class EnrichmentCliTests : IDisposable
{
    private const string Capture = "zeek/dns-caa.pcap";
    private const string Resolver = "8.8.8.8";
    private readonly string _data = Directory.CreateTempSubdirectory("pcapsearch-enrich-").FullName;

    [Fact]
    public void Ingested_flows_to_a_public_address_are_found_by_its_as_number_and_country()
    {
        var system = AsnCsvScan.Find(InstalledFiles.AsnIpv4, Resolver)!.Value;
        string country = MmdbLookup.Value(InstalledFiles.CityIpv4, Resolver, "country_code")!;
        Assert.Equal(0, CliProcess.Run("ingest", "--data", _data, TestCorpus.PathOf(Capture)).ExitCode);

        string fields = "destination.ip,destination.geo.country_iso_code,destination.as.number,destination.as.organization.name,source.geo.country_iso_code";
        var byAs = CliProcess.Run("search", "--data", _data, $"destination.as.number:{system.Number}", "--fields", fields, "--format", "csv");
        var byCountry = CliProcess.Run("search", "--data", _data, $"destination.geo.country_iso_code:{country} and source.ip:192.168.0.0/16", "--fields", fields, "--format", "csv");

        Assert.Equal(0, byAs.ExitCode);
        string[] lines = byAs.Stdout.Trim().Split('\n');
        Assert.Equal(fields, lines[0]);
        Assert.Equal($"{Resolver},{country},{system.Number},{Csv(system.Organization)},", Assert.Single(lines[1..]));
        Assert.Equal(byAs.Stdout, byCountry.Stdout);
    }

    [Fact]
    public void The_host_document_of_a_public_address_has_its_as_and_country()
    {
        var system = AsnCsvScan.Find(InstalledFiles.AsnIpv4, Resolver)!.Value;
        CliProcess.Run("ingest", "--data", _data, TestCorpus.PathOf(Capture));

        var result = CliProcess.Run("hosts", "--data", _data, "--ip", Resolver, "--format", "ndjson");

        Assert.Equal(0, result.ExitCode);
        using var host = System.Text.Json.JsonDocument.Parse(result.Stdout);
        Assert.Equal(system.Number, host.RootElement.GetProperty("as").GetProperty("number").GetInt64());
        Assert.Equal(MmdbLookup.Value(InstalledFiles.CityIpv4, Resolver, "country_code"), host.RootElement.GetProperty("geo").GetProperty("country_iso_code").GetString());
        Assert.Single(host.RootElement.GetProperty("mac_vendors").EnumerateObject());
    }

    [Fact]
    public void Top_facets_by_an_enrichment_field()
    {
        var system = AsnCsvScan.Find(InstalledFiles.AsnIpv4, Resolver)!.Value;
        CliProcess.Run("ingest", "--data", _data, TestCorpus.PathOf(Capture));

        var result = CliProcess.Run("top", "destination.as.organization.name", "--data", _data);

        Assert.Equal(0, result.ExitCode);
        Assert.Contains(system.Organization, result.Stdout, StringComparison.Ordinal);
    }

    [Fact]
    public void The_flows_verb_writes_geo_as_and_mac_vendor()
    {
        var result = CliProcess.Run("flows", TestCorpus.PathOf(Capture));

        Assert.Equal(0, result.ExitCode);
        Assert.Contains($"\"as\":{{\"number\":{AsnCsvScan.Find(InstalledFiles.AsnIpv4, Resolver)!.Value.Number}", result.Stdout, StringComparison.Ordinal);
        Assert.Contains("\"mac_vendor\":", result.Stdout, StringComparison.Ordinal);
        Assert.DoesNotContain("\"as\":", CliProcess.Run("flows", "--no-enrichment", TestCorpus.PathOf(Capture)).Stdout, StringComparison.Ordinal);
    }

    [Fact]
    public void A_geoip_database_named_on_the_command_line_replaces_the_installed_ones()
    {
        // MaxMind's test database has no entry for the resolver: no geo, but the AS still comes from the installed CSV.
        string database = Path.GetFullPath(Path.Combine(TestCorpus.Root, "..", "PcapSearch.Enrichment.Tests", "TestData", "maxmind", "GeoIP2-City-Test.mmdb"));

        var result = CliProcess.Run("flows", "--geoip", database, TestCorpus.PathOf(Capture));

        Assert.Equal(0, result.ExitCode);
        Assert.DoesNotContain("\"geo\":", result.Stdout, StringComparison.Ordinal);
        Assert.Contains("\"as\":", result.Stdout, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("flows", "--geoip")]
    [InlineData("ingest", "--asn")]
    public void A_missing_database_is_a_one_line_error(string verb, string flag)
    {
        string[] arguments = verb == "ingest" ? [verb, "--data", _data, flag, "/nonexistent/data.mmdb", TestCorpus.PathOf(Capture)] : [verb, flag, "/nonexistent/data.mmdb", TestCorpus.PathOf(Capture)];

        var result = CliProcess.Run(arguments);

        Assert.Equal(2, result.ExitCode);
        Assert.Equal($"pcapsearch {verb}: /nonexistent/data.mmdb: no such MaxMind database file", result.Stderr.Trim());
        Assert.Equal("", result.Stdout);
    }

    private static string Csv(string value) => value.Contains(',') ? $"\"{value}\"" : value;

    public void Dispose() => Directory.Delete(_data, recursive: true);
}
