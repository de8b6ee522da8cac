using System.Globalization;
using PcapSearch.Flows.Enrichment;

namespace PcapSearch.Enrichment;

/// <summary>
/// The ECS fields of one MaxMind DB record, read from either layout: MaxMind's nested one
/// (<c>country.iso_code</c>, <c>country.names.en</c>, <c>continent.code</c>, <c>subdivisions[0].names.en</c>,
/// <c>city.names.en</c>, <c>location.latitude/longitude</c>, <c>autonomous_system_number/organization</c>)
/// and ip-location-db's flat one (<c>country_code</c>, <c>state1</c>, <c>city</c>, <c>latitude</c>,
/// <c>longitude</c>, and the same two AS keys). An empty text is not known.
/// </summary>
public sealed class MaxMindRecord(IReadOnlyDictionary<string, object> data)
{
    public string? CountryIsoCode => Text(Child("country"), "iso_code") ?? Text(data, "country_code");

    public string? CountryName => EnglishName(Child("country"));

    public string? ContinentCode => Text(Child("continent"), "code");

    public string? RegionName =>
        (data.GetValueOrDefault("subdivisions") is IList<object> { Count: > 0 } subdivisions ? EnglishName(subdivisions[0] as IReadOnlyDictionary<string, object>) : null)
        ?? Text(data, "state1");

    public string? CityName => data.GetValueOrDefault("city") is string city ? NotEmpty(city) : EnglishName(Child("city"));

    public GeoPoint? Location
    {
        get
        {
            var source = Child("location") ?? data;
            return Number(source, "latitude") is { } latitude && Number(source, "longitude") is { } longitude
                ? new GeoPoint(latitude, longitude)
                : null;
        }
    }

    public long? AsNumber => Number(data, "autonomous_system_number") is { } number && number > 0 ? (long)number : null;

    public string? AsOrganization => Text(data, "autonomous_system_organization");

    private IReadOnlyDictionary<string, object>? Child(string key) => data.GetValueOrDefault(key) as IReadOnlyDictionary<string, object>;

    private static string? EnglishName(IReadOnlyDictionary<string, object>? place) =>
        place?.GetValueOrDefault("names") is IReadOnlyDictionary<string, object> names ? Text(names, "en") : null;

    private static string? Text(IReadOnlyDictionary<string, object>? map, string key) =>
        map?.GetValueOrDefault(key) is string text ? NotEmpty(text) : null;

    private static string? NotEmpty(string text) => text.Length == 0 ? null : text;

    private static double? Number(IReadOnlyDictionary<string, object> map, string key) => map.GetValueOrDefault(key) switch
    {
        null or string => null,
        System.Numerics.BigInteger big => (double)big,
        IConvertible number => number.ToDouble(CultureInfo.InvariantCulture),
        _ => null,
    };
}
