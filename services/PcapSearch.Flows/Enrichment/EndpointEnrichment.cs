namespace PcapSearch.Flows.Enrichment;

/// <summary>
/// What local enrichment data says about one endpoint of a flow: where its address is, which autonomous system
/// announces it, and who made its network card. Attached to the flow by the enrichment stage before the document
/// writers read it; null members are not known (the address is private, or no data covers it) and are not written.
/// </summary>
public sealed record EndpointEnrichment(GeoPlace? Geo, AutonomousSystem? As, string? MacVendor);

/// <summary>ECS <c>*.geo.*</c>: each part null when the database does not have it.</summary>
public sealed record GeoPlace(
    string? CountryIsoCode,
    string? CountryName,
    string? ContinentCode,
    string? RegionName,
    string? CityName,
    GeoPoint? Location)
{
    /// <summary>The place of the parts that are known; null when none is.</summary>
    public static GeoPlace? Of(string? countryIsoCode, string? countryName, string? continentCode, string? regionName, string? cityName, GeoPoint? location) =>
        (countryIsoCode ?? countryName ?? continentCode ?? regionName ?? cityName) is null && location is null
            ? null
            : new GeoPlace(countryIsoCode, countryName, continentCode, regionName, cityName, location);
}

/// <summary>ECS <c>*.geo.location</c>.</summary>
public readonly record struct GeoPoint(double Latitude, double Longitude)
{
    /// <summary>The <c>"lat,lon"</c> text an Elasticsearch geo_point reads, four decimals (about 10 m; the data is coarser).</summary>
    public override string ToString() =>
        string.Create(System.Globalization.CultureInfo.InvariantCulture, $"{Latitude:0.####},{Longitude:0.####}");

    /// <summary>Reads the <see cref="ToString"/> form back; null when <paramref name="text"/> is not one.</summary>
    public static GeoPoint? Parse(string? text)
    {
        int comma = text?.IndexOf(',', StringComparison.Ordinal) ?? -1;
        var invariant = System.Globalization.CultureInfo.InvariantCulture;
        return comma > 0
            && double.TryParse(text.AsSpan(0, comma), System.Globalization.NumberStyles.Float, invariant, out double latitude)
            && double.TryParse(text.AsSpan(comma + 1), System.Globalization.NumberStyles.Float, invariant, out double longitude)
                ? new GeoPoint(latitude, longitude)
                : null;
    }
}

/// <summary>ECS <c>*.as.number</c> and <c>*.as.organization.name</c>.</summary>
public sealed record AutonomousSystem(long Number, string? OrganizationName);
