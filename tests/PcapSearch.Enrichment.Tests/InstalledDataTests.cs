using System.Globalization;
using PcapSearch.Decoding;
using PcapSearch.Enrichment.Tests.Oracles;

namespace PcapSearch.Enrichment.Tests;

/// <summary>
/// The data set-up installs (ip-location-db's flat layout in separate IPv4 and IPv6 files, ASN CSV ranges), read
/// through the default <see cref="FlowEnricher"/>; expected values from mmdblookup and from scanning the CSV rows.
/// </summary>
public sealed class InstalledDataTests : IClassFixture<InstalledDataTests.Enricher>
{
    private readonly FlowEnricher _enricher;

    public InstalledDataTests(Enricher fixture) => _enricher = fixture.Value;

    public sealed class Enricher : IDisposable
    {
        public FlowEnricher Value { get; } = FlowEnricher.Open(new EnrichmentOptions());
        public void Dispose() => Value.Dispose();
    }

    [Theory]
    [InlineData("8.8.8.8")]
    [InlineData("149.112.112.112")]
    [InlineData("208.67.222.222")]
    public void A_public_resolver_gets_the_country_and_location_of_the_city_file(string ip)
    {
        Assert.True(MmdbLookup.Has(InstalledFiles.CityIpv4, ip));
        var geo = _enricher.Enrich(IpAddress.Parse(ip), hasMac: false, 0)?.Geo;

        Assert.NotNull(geo);
        Assert.Equal(MmdbLookup.Value(InstalledFiles.CityIpv4, ip, "country_code"), geo.CountryIsoCode);
        Assert.Equal(double.Parse(MmdbLookup.Value(InstalledFiles.CityIpv4, ip, "latitude")!, CultureInfo.InvariantCulture), geo.Location!.Value.Latitude, 5);
        Assert.Equal(double.Parse(MmdbLookup.Value(InstalledFiles.CityIpv4, ip, "longitude")!, CultureInfo.InvariantCulture), geo.Location!.Value.Longitude, 5);
        Assert.Equal(Known(MmdbLookup.Value(InstalledFiles.CityIpv4, ip, "city")), geo.CityName);
        Assert.Equal(Known(MmdbLookup.Value(InstalledFiles.CityIpv4, ip, "state1")), geo.RegionName);
    }

    [Fact]
    public void An_address_the_city_file_lacks_gets_its_country_from_the_next_file()
    {
        const string ip = "1.1.1.1";
        Assert.False(MmdbLookup.Has(InstalledFiles.CityIpv4, ip));
        string? country = MmdbLookup.Value(InstalledFiles.CountryIpv4, ip, "country_code");
        Assert.NotNull(country);

        Assert.Equal(country, _enricher.Enrich(IpAddress.Parse(ip), hasMac: false, 0)?.Geo?.CountryIsoCode);
    }

    [Fact]
    public void An_ipv6_address_goes_to_the_ipv6_file()
    {
        const string ip = "2001:4860:4860::8888";
        string? country = MmdbLookup.Value(InstalledFiles.CityIpv6, ip, "country_code");
        Assert.NotNull(country);
        using var ipv4 = MaxMindDatabase.Open(InstalledFiles.CityIpv4);
        using var ipv6 = MaxMindDatabase.Open(InstalledFiles.CityIpv6);

        Assert.False(ipv4.Covers(IpAddress.Parse(ip)));
        Assert.False(ipv6.Covers(IpAddress.Parse("8.8.8.8")));
        Assert.Equal(country, _enricher.Enrich(IpAddress.Parse(ip), hasMac: false, 0)?.Geo?.CountryIsoCode);
    }

    [Theory]
    [InlineData("8.8.8.8")]
    [InlineData("1.1.1.1")]
    [InlineData("9.9.9.9")]
    public void The_as_of_an_ipv4_address_is_its_csv_row(string ip)
    {
        var expected = AsnCsvScan.Find(InstalledFiles.AsnIpv4, ip);
        Assert.NotNull(expected);

        var system = _enricher.Enrich(IpAddress.Parse(ip), hasMac: false, 0)?.As;

        Assert.Equal(expected.Value.Number, system?.Number);
        Assert.Equal(expected.Value.Organization, system?.OrganizationName);
    }

    [Theory]
    [InlineData("2001:4860:4860::8888")]
    [InlineData("2606:4700:4700::1111")]
    public void The_as_of_an_ipv6_address_is_its_csv_row(string ip)
    {
        var expected = AsnCsvScan.Find(InstalledFiles.AsnIpv6, ip);
        Assert.NotNull(expected);

        Assert.Equal(expected.Value.Number, _enricher.Enrich(IpAddress.Parse(ip), hasMac: false, 0)?.As?.Number);
    }

    [Fact]
    public void Every_kind_of_data_is_in_use()
    {
        var lines = _enricher.Describe();
        Assert.All(lines, line => Assert.DoesNotContain(": none", line, StringComparison.Ordinal));
        Assert.Null(_enricher.Warning);
    }

    [Fact]
    public void Each_source_names_its_file_and_the_licence_files_beside_it()
    {
        var sources = _enricher.Sources();
        Assert.Equal([EnrichmentSource.Kinds.GeoIp, EnrichmentSource.Kinds.Asn, EnrichmentSource.Kinds.MacVendors], sources.Select(s => s.Kind).Distinct());
        foreach (var source in sources)
        {
            Assert.True(File.Exists(source.Path), source.Path);
            string folder = Path.GetDirectoryName(source.Path)!;
            var licences = Directory.EnumerateFiles(folder).Select(Path.GetFileName)
                .Where(name => name!.Contains("LICENSE", StringComparison.OrdinalIgnoreCase) || name.StartsWith("COPYING", StringComparison.OrdinalIgnoreCase));
            Assert.Equal(licences.Order(StringComparer.Ordinal), source.Licences);
        }
        // The ASN ranges set-up installs come with their three sources' licences.
        var asnCsv = sources.First(s => s.Kind == EnrichmentSource.Kinds.Asn && s.Path.EndsWith(".csv", StringComparison.Ordinal));
        Assert.Superset(new HashSet<string>(["DBIP-LICENSE", "NRO_LICENSE", "ROUTEVIEWS-LICENSE"]), asnCsv.Licences.ToHashSet());
    }

    private static string? Known(string? text) => string.IsNullOrEmpty(text) ? null : text;
}
