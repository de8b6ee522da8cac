using PcapSearch.Decoding;
using PcapSearch.Enrichment.Tests.Oracles;

namespace PcapSearch.Enrichment.Tests;

/// <summary>MaxMind's standard layout, read from MaxMind's own test databases; expected values from mmdblookup.</summary>
public sealed class MaxMindLayoutTests
{
    private static readonly string City = InstalledFiles.MaxMindTest("GeoIP2-City-Test.mmdb");
    private static readonly string Country = InstalledFiles.MaxMindTest("GeoIP2-Country-Test.mmdb");
    private static readonly string Asn = InstalledFiles.MaxMindTest("GeoLite2-ASN-Test.mmdb");

    [Theory]
    [InlineData("81.2.69.142")]
    [InlineData("81.2.69.160")]
    [InlineData("2.125.160.216")]
    [InlineData("89.160.20.112")]
    public void A_city_database_gives_every_geo_field(string ip)
    {
        using var databases = new GeoIpDatabases([MaxMindDatabase.Open(City)]);
        var (geo, system) = databases.Find(IpAddress.Parse(ip));

        Assert.NotNull(geo);
        Assert.Null(system);
        Assert.Equal(MmdbLookup.Value(City, ip, "country", "iso_code"), geo.CountryIsoCode);
        Assert.Equal(MmdbLookup.Value(City, ip, "country", "names", "en"), geo.CountryName);
        Assert.Equal(MmdbLookup.Value(City, ip, "continent", "code"), geo.ContinentCode);
        Assert.Equal(MmdbLookup.Value(City, ip, "subdivisions", "0", "names", "en"), geo.RegionName);
        Assert.Equal(MmdbLookup.Value(City, ip, "city", "names", "en"), geo.CityName);
        Assert.NotNull(geo.Location);
        Assert.Equal(Coordinate(City, ip, "latitude"), geo.Location.Value.Latitude, 5);
        Assert.Equal(Coordinate(City, ip, "longitude"), geo.Location.Value.Longitude, 5);
    }

    [Fact]
    public void The_test_databases_hold_what_the_theory_needs()
    {
        Assert.Equal("London", MmdbLookup.Value(City, "81.2.69.142", "city", "names", "en"));
        Assert.Equal("England", MmdbLookup.Value(City, "81.2.69.142", "subdivisions", "0", "names", "en"));
    }

    [Fact]
    public void An_asn_database_gives_number_and_organization()
    {
        using var databases = new GeoIpDatabases([MaxMindDatabase.Open(Asn)]);
        var (geo, system) = databases.Find(IpAddress.Parse("1.128.0.0"));

        Assert.Null(geo);
        Assert.NotNull(system);
        Assert.Equal(long.Parse(MmdbLookup.Value(Asn, "1.128.0.0", "autonomous_system_number")!, System.Globalization.CultureInfo.InvariantCulture), system.Number);
        Assert.Equal(MmdbLookup.Value(Asn, "1.128.0.0", "autonomous_system_organization"), system.OrganizationName);
    }

    [Fact]
    public void The_first_database_that_has_a_field_gives_it()
    {
        // The country database comes first and has no city; the city database fills the city in.
        const string ip = "81.2.69.142";
        using var databases = new GeoIpDatabases([MaxMindDatabase.Open(Country), MaxMindDatabase.Open(City), MaxMindDatabase.Open(Asn)]);
        var (geo, _) = databases.Find(IpAddress.Parse(ip));

        Assert.Null(MmdbLookup.Value(Country, ip, "city", "names", "en"));
        Assert.NotNull(geo);
        Assert.Equal(MmdbLookup.Value(Country, ip, "country", "iso_code"), geo.CountryIsoCode);
        Assert.Equal(MmdbLookup.Value(City, ip, "city", "names", "en"), geo.CityName);
    }

    [Fact]
    public void An_address_no_database_has_gives_nothing()
    {
        using var databases = new GeoIpDatabases([MaxMindDatabase.Open(City), MaxMindDatabase.Open(Asn)]);
        Assert.False(MmdbLookup.Has(City, "8.8.8.8"));
        Assert.Equal((null, null), databases.Find(IpAddress.Parse("8.8.8.8")));
    }

    /// <summary>mmdblookup prints six decimals: compare to five.</summary>
    private static double Coordinate(string database, string ip, string name) =>
        double.Parse(MmdbLookup.Value(database, ip, "location", name)!, System.Globalization.CultureInfo.InvariantCulture);
}
