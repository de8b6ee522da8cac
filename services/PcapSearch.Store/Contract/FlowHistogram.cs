namespace PcapSearch.Store;

/// <summary>A date histogram of the matching flows over <c>@timestamp</c>, as Kibana's Discover draws it.</summary>
public sealed record HistogramRequest
{
    /// <summary>
    /// The bucket width as Elasticsearch writes a fixed interval (<c>30s</c>, <c>5m</c>, <c>1h</c>, <c>1d</c>);
    /// null: chosen from the query's time range (or, without one, from the matching flows' first and last
    /// timestamps) so that there are about 50 to 100 buckets, rounded to a width a person reads at a glance.
    /// </summary>
    public string? Interval { get; init; }

    /// <summary>Split every bucket by the top values of this field (null: no split); a field no flow has is refused.</summary>
    public string? SplitField { get; init; }

    /// <summary>How many values of <see cref="SplitField"/> get their own series, 1 to <see cref="MaxSplitTop"/>; the rest count as other.</summary>
    public int SplitTop { get; init; } = 5;

    public const int MaxSplitTop = 100;

    /// <summary>The most buckets an explicit <see cref="Interval"/> may make (Elasticsearch's default <c>search.max_buckets</c>).</summary>
    public const int MaxBuckets = 65_536;
}

/// <param name="Interval">The interval used, in the same notation as <see cref="HistogramRequest.Interval"/>.</param>
/// <param name="Buckets">Every bucket from the first to the last, empty ones included, in time order.</param>
/// <param name="Series">The split field's values that have their own series, most frequent first; empty without a split.</param>
public sealed record FlowHistogram(string Interval, IReadOnlyList<HistogramBucket> Buckets, IReadOnlyList<object> Series, IReadOnlyList<string> Warnings);

/// <param name="Start">The bucket's first instant, ISO 8601 UTC.</param>
/// <param name="Split">Flows per value of <see cref="FlowHistogram.Series"/> (same order), then one count for all other values
/// (flows without the field included); a multi-valued field counts each of a flow's values, so only a single-valued field's
/// split adds up to <paramref name="Count"/>. Empty without a split.</param>
public sealed record HistogramBucket(string Start, long Count, IReadOnlyList<long> Split);
