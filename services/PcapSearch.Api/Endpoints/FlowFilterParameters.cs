using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using PcapSearch.Store;

namespace PcapSearch.Api.Endpoints;

/// <summary>Which flows a read is about: <c>q</c> (KQL), <c>from</c>, <c>to</c>, <c>captures</c> (repeated or comma-separated).</summary>
public sealed class FlowFilterParameters
{
    /// <summary>Kibana KQL; empty matches every flow.</summary>
    [FromQuery(Name = "q")]
    public string? Kql { get; init; }

    /// <summary>Earliest @timestamp, inclusive: ISO 8601 or date math (now-15m, now/d).</summary>
    [FromQuery(Name = "from")]
    public string? From { get; init; }

    /// <summary>Latest @timestamp, exclusive; same syntax.</summary>
    [FromQuery(Name = "to")]
    public string? To { get; init; }

    /// <summary>Only flows of these capture ids.</summary>
    [FromQuery(Name = "captures")]
    public string[]? Captures { get; init; }

    public FlowQuery ToQuery() => new()
    {
        Kql = Kql ?? "",
        From = string.IsNullOrEmpty(From) ? null : From,
        To = string.IsNullOrEmpty(To) ? null : To,
        Captures = QueryList.Split(Captures),
    };
}

/// <summary>Which page of hits and what each carries: <c>sort</c>, <c>direction</c>, <c>after</c>, <c>limit</c>, <c>fields</c>.</summary>
public sealed class PageParameters
{
    /// <summary>The field to sort by (default @timestamp).</summary>
    [FromQuery(Name = "sort")]
    public string? Sort { get; init; }

    /// <summary>asc or desc (default desc).</summary>
    [FromQuery(Name = "direction")]
    public string? Direction { get; init; }

    /// <summary>The nextCursor of the previous page.</summary>
    [FromQuery(Name = "after")]
    public string? After { get; init; }

    /// <summary>Hits per page, 1 to 10000 (default 100).</summary>
    [FromQuery(Name = "limit")]
    public int? Limit { get; init; }

    /// <summary>The fields each hit carries (repeated or comma-separated); default: every field.</summary>
    [FromQuery(Name = "fields")]
    public string[]? Fields { get; init; }

    public FlowQuery Apply(FlowQuery query) => query with
    {
        SortField = string.IsNullOrEmpty(Sort) ? query.SortField : Sort,
        Direction = Direction switch
        {
            null or "" => query.Direction,
            "asc" or "ascending" => SortDirection.Ascending,
            "desc" or "descending" => SortDirection.Descending,
            _ => throw new BadHttpRequestException($"direction is asc or desc, not '{Direction}'."),
        },
        After = string.IsNullOrEmpty(After) ? null : After,
        Limit = Limit ?? query.Limit,
        Fields = QueryList.Split(Fields),
    };
}
