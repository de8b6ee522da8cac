namespace PcapSearch.Store.Catalog;

/// <summary>How a field is matched (the Elasticsearch mapping type it stands for).</summary>
public enum FieldType
{
    /// <summary>Exact, case-sensitive terms; <c>*</c> wildcards.</summary>
    Keyword,
    /// <summary>Free text: case-insensitive containment.</summary>
    Text,
    /// <summary>IPv4/IPv6 address: exact or CIDR, ordered numerically.</summary>
    Ip,
    Long,
    /// <summary>Nanoseconds since the Unix epoch; ISO 8601 and date math in queries.</summary>
    Date,
    /// <summary>A place as <c>"lat,lon"</c> text (an Elasticsearch geo_point): shown, faceted and asked for presence (<c>field:*</c>), not matched by value.</summary>
    GeoPoint,
}
