namespace PcapSearch.Enrichment.Tests;

/// <summary>Data the user names but that cannot be used is refused at once with one line naming the file.</summary>
public sealed class BadDataTests
{
    [Fact]
    public void A_missing_geoip_database_is_named()
    {
        var e = Assert.Throws<EnrichmentDataException>(() => FlowEnricher.Open(new EnrichmentOptions { GeoIp = ["/nonexistent/GeoLite2-City.mmdb"] }));
        Assert.Equal("/nonexistent/GeoLite2-City.mmdb: no such MaxMind database file", e.Message);
    }

    [Fact]
    public void A_file_that_is_not_a_maxmind_database_is_refused()
    {
        using var files = new TemporaryFiles();
        string path = files.Write("GeoLite2-City.mmdb", "country_code\nUS\n");

        var e = Assert.Throws<EnrichmentDataException>(() => FlowEnricher.Open(new EnrichmentOptions { GeoIp = [path] }));

        Assert.StartsWith(path + ": not a MaxMind database", e.Message, StringComparison.Ordinal);
        Assert.DoesNotContain('\n', e.Message);
    }

    [Fact]
    public void An_asn_file_that_is_not_ranges_is_refused()
    {
        using var files = new TemporaryFiles();
        string path = files.Write("asn.csv", "Registry,Assignment,Organization Name,Organization Address\n");
        var e = Assert.Throws<EnrichmentDataException>(() => FlowEnricher.Open(new EnrichmentOptions { Asn = [path] }));
        Assert.Equal(path + ": not an ASN CSV (start,end,number,organization on each line)", e.Message);
    }

    [Fact]
    public void A_missing_asn_mmdb_is_named()
    {
        var e = Assert.Throws<EnrichmentDataException>(() => FlowEnricher.Open(new EnrichmentOptions { Asn = ["/nonexistent/asn.mmdb"] }));
        Assert.Equal("/nonexistent/asn.mmdb: no such MaxMind database file", e.Message);
    }

    [Fact]
    public void A_mac_vendor_file_that_is_not_the_ieee_registry_is_refused()
    {
        using var files = new TemporaryFiles();
        string path = files.Write("oui.csv", "1.0.0.0,1.0.0.255,13335,Cloudflare\n");
        var e = Assert.Throws<EnrichmentDataException>(() => FlowEnricher.Open(new EnrichmentOptions { MacVendors = [path] }));
        Assert.StartsWith(path + ": not an IEEE registry CSV", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_directory_without_the_registry_is_refused()
    {
        using var files = new TemporaryFiles();
        var e = Assert.Throws<EnrichmentDataException>(() => FlowEnricher.Open(new EnrichmentOptions { MacVendors = [files.Directory] }));
        Assert.StartsWith(files.Directory + ": holds no IEEE registry file", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_bad_line_further_in_fails_the_first_lookup_with_its_line_number()
    {
        using var files = new TemporaryFiles();
        string path = files.Write("asn.csv", "8.8.8.0,8.8.8.255,15169,Google LLC\n8.8.9.0,not an address,1,X\n");
        using var enricher = FlowEnricher.Open(new EnrichmentOptions { GeoIp = [], Asn = [path], MacVendors = [], IndexDirectory = files.Directory });

        var e = Assert.Throws<EnrichmentDataException>(() => enricher.Enrich(Decoding.IpAddress.Parse("8.8.8.8"), hasMac: false, 0));
        Assert.Equal(path + ":2: not an ASN range (start,end,number,organization)", e.Message);
    }

    [Fact]
    public void No_data_at_all_is_one_warning_and_flows_pass_unchanged()
    {
        using var enricher = FlowEnricher.Open(new EnrichmentOptions { GeoIp = [], Asn = [], MacVendors = [] });
        Assert.True(enricher.IsEmpty);
        Assert.NotNull(enricher.Warning);
        var sink = new NullSink();
        Assert.Same(sink, enricher.Wrap(sink));
    }

    private sealed class NullSink : Flows.IFlowSink
    {
        public void Write(Flows.Flow flow)
        {
        }
    }
}
