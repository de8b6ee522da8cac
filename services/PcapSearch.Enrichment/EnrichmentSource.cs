namespace PcapSearch.Enrichment;

/// <summary>
/// A data file the enrichment reads: what it gives (<see cref="Kinds"/>), where it is, and the licence files that came
/// with it (in its folder), so whoever shows its fields can name the data and its terms.
/// </summary>
public sealed record EnrichmentSource(string Kind, string Path, IReadOnlyList<string> Licences)
{
    public static class Kinds
    {
        public const string GeoIp = "geoip";
        public const string Asn = "asn";
        public const string MacVendors = "mac-vendors";
    }

    public static EnrichmentSource Of(string kind, string path) => new(kind, path, LicencesBeside(path));

    /// <summary>The names of the licence files in the folder of <paramref name="path"/> (LICENSE, DBIP-LICENSE, COPYING...).</summary>
    private static string[] LicencesBeside(string path)
    {
        string? folder = System.IO.Path.GetDirectoryName(System.IO.Path.GetFullPath(path));
        if (folder is null || !Directory.Exists(folder)) return [];
        return
        [
            .. Directory.EnumerateFiles(folder)
                .Select(System.IO.Path.GetFileName)
                .OfType<string>()
                .Where(name => name.Contains("LICENSE", StringComparison.OrdinalIgnoreCase) || name.Contains("LICENCE", StringComparison.OrdinalIgnoreCase)
                    || name.StartsWith("COPYING", StringComparison.OrdinalIgnoreCase))
                .Order(StringComparer.Ordinal),
        ];
    }
}
