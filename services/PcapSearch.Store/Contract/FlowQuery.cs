namespace PcapSearch.Store;

/// <summary>What to search: one options object for every read (STYLE: no option only some callers pass).</summary>
public sealed record FlowQuery
{
    /// <summary>Kibana KQL; empty matches every flow. Malformed KQL throws <see cref="Query.KqlSyntaxException"/>.</summary>
    public string Kql { get; init; } = "";

    /// <summary>Inclusive lower bound on <c>@timestamp</c>: ISO 8601 or Elasticsearch date math (<c>now-15m</c>, <c>now/d</c>).</summary>
    public string? From { get; init; }

    /// <summary>Exclusive upper bound on <c>@timestamp</c>, same syntax as <see cref="From"/>.</summary>
    public string? To { get; init; }

    /// <summary>Only flows of these captures (<c>pcap.capture.id</c>); null or empty: all captures.</summary>
    public IReadOnlyList<string>? Captures { get; init; }

    /// <summary>The field to sort hits by (single-valued catalog fields); ties are broken by <c>event.id</c>.</summary>
    public string SortField { get; init; } = "@timestamp";

    public SortDirection Direction { get; init; } = SortDirection.Descending;

    /// <summary><c>search_after</c>: the <see cref="FlowHits.NextCursor"/> of the previous page, or null for the first.</summary>
    public string? After { get; init; }

    /// <summary>Hits per page, 1 to <see cref="MaxLimit"/>.</summary>
    public int Limit { get; init; } = 100;

    /// <summary>The fields each hit carries; null: every catalog field.</summary>
    public IReadOnlyList<string>? Fields { get; init; }

    public const int MaxLimit = 10_000;
}

public enum SortDirection
{
    Ascending,
    Descending,
}

/// <summary>One flow document: its id, the chosen fields (absent fields are left out), and the cursor that resumes after it.</summary>
/// <remarks>Values are <see cref="string"/> (keyword, text, ip, dates as ISO 8601 UTC at the capture's precision),
/// <see cref="long"/>, or arrays of those for multi-valued fields.</remarks>
public sealed record FlowHit(string Id, IReadOnlyDictionary<string, object> Fields, string Cursor);

/// <param name="Total">How many flows match in all (not only this page).</param>
/// <param name="NextCursor">Null when this page is the last.</param>
public sealed record FlowHits(IReadOnlyList<FlowHit> Hits, long Total, string? NextCursor, IReadOnlyList<string> Warnings);

/// <param name="Count">Matching flows with the value, or with a weight the weight's sum over them.</param>
public sealed record FacetBucket(object Value, long Count);

/// <param name="Other">Values of the field beyond the top N (a multi-valued field counts each value).</param>
/// <param name="Missing">Matching flows without the field (with a weight: its sum over them).</param>
public sealed record FieldFacet(string Field, IReadOnlyList<FacetBucket> Buckets, long Other, long Missing);

public sealed record FlowFacets(long Total, IReadOnlyList<FieldFacet> Fields, IReadOnlyList<string> Warnings);

/// <summary>A well-formed query the store refuses (a bad cursor, a sort on a multi-valued field, a bare value inside a nested group).</summary>
public sealed class FlowQueryException(string message) : Exception(message);
