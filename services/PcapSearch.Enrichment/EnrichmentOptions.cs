namespace PcapSearch.Enrichment;

/// <summary>
/// Where enrichment data is read from. A null list means what set-up installed (<see cref="InstalledData"/>);
/// a list the user gave must be usable whole, or <see cref="FlowEnricher.Open"/> refuses it.
/// </summary>
public sealed record EnrichmentOptions
{
    /// <summary>MaxMind DB files (GeoIP City/Country, GeoLite2-ASN or ip-location-db's), asked in order: the first that has a field gives it.</summary>
    public IReadOnlyList<string>? GeoIp { get; init; }

    /// <summary>ASN data: MaxMind DB files with <c>autonomous_system_number</c>, or ip-location-db ASN CSV range files.</summary>
    public IReadOnlyList<string>? Asn { get; init; }

    /// <summary>The IEEE registry: directories holding ieee-data's oui.csv, mam.csv, oui36.csv, or those files.</summary>
    public IReadOnlyList<string>? MacVendors { get; init; }

    /// <summary>Where the parsed ASN index is kept between processes (AsnRangesCache); a temporary directory by default.</summary>
    public string IndexDirectory { get; init; } = Path.Combine(Path.GetTempPath(), "pcapsearch-enrichment");

    /// <summary>Endpoints (address and MAC) remembered per enrichment stage; flows repeat their endpoints a lot.</summary>
    public int CacheEntries { get; init; } = 65_536;

    /// <summary>A path list as users write it: separated by commas or by the platform's path separator (':' as in PATH).</summary>
    public static IReadOnlyList<string>? ParsePaths(string? text) =>
        string.IsNullOrWhiteSpace(text)
            ? null
            : text.Split([',', Path.PathSeparator], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
}
