using PcapSearch.Decoding;
using PcapSearch.Flows.Enrichment;

namespace PcapSearch.Enrichment;

/// <summary>
/// Several MaxMind DB files asked in order: each field comes from the first file that has it for the address,
/// so a city database can come first and a country one fill what it lacks. Each address goes only to the files
/// that cover its family. Thread-safe.
/// </summary>
public sealed class GeoIpDatabases(IReadOnlyList<MaxMindDatabase> databases) : IDisposable
{
    public IReadOnlyList<MaxMindDatabase> Databases => databases;

    /// <summary>The place and the autonomous system of a public address (either null when no file has it).</summary>
    public (GeoPlace? Geo, AutonomousSystem? As) Find(IpAddress address)
    {
        string? iso = null, country = null, continent = null, region = null, city = null, organization = null;
        GeoPoint? location = null;
        long? asNumber = null;
        foreach (var database in databases)
        {
            if (database.Find(address) is not { } record) continue;
            iso ??= record.CountryIsoCode;
            country ??= record.CountryName;
            continent ??= record.ContinentCode;
            region ??= record.RegionName;
            city ??= record.CityName;
            location ??= record.Location;
            if (asNumber is null && record.AsNumber is { } number)
            {
                asNumber = number;
                organization = record.AsOrganization;
            }
        }
        return (GeoPlace.Of(iso, country, continent, region, city, location), asNumber is { } n ? new AutonomousSystem(n, organization) : null);
    }

    public void Dispose()
    {
        foreach (var database in databases) database.Dispose();
    }
}
