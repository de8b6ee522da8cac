using System.Text.Json.Nodes;
using PcapSearch.Flows.Documents;
using PcapSearch.Store.Sql;

namespace PcapSearch.Store.Elasticsearch.Dsl;

/// <summary>
/// A date in a query as a range bound. Math on <c>now</c> is left to Elasticsearch (its clock, its rounding: /d up to
/// the day's last instant for gt and lte). An absolute date is resolved here, to the nanosecond, by the same rules as
/// the embedded store: Elasticsearch fills a partial date's missing month or day with 01 even when rounding up
/// (<c>lte: "2024-05"</c> ends on May 1st), where Kibana users, and our DuckDB translator, mean the whole month.
/// </summary>
internal static class DateBound
{
    /// <summary>The bound, or null when the text is no date.</summary>
    public static JsonNode? Of(string text, bool roundUp)
    {
        if (!DateMath.TryParse(text, DateTimeOffset.UnixEpoch, roundUp, out long ns)) return null;
        return text.TrimStart().StartsWith("now", StringComparison.Ordinal) ? text : EcsValues.FormatTimestamp(ns, 9);
    }
}
