using PcapSearch.Store.Catalog;
using PcapSearch.Store.Elasticsearch.Requests;
using PcapSearch.Store.Sql;

namespace PcapSearch.Store.Elasticsearch;

public sealed partial class ElasticsearchFlowStore
{
    public FlowHistogram Histogram(FlowQuery query, HistogramRequest request)
    {
        ArgumentNullException.ThrowIfNull(query);
        ArgumentNullException.ThrowIfNull(request);
        if (request.Interval is { } asked && !HistogramIntervals.TryParse(asked, out _))
        {
            throw new FlowQueryException($"'{asked}' is not an interval (a whole number and ms, s, m, h or d, like 30s or 5m).");
        }
        if (request.SplitTop is < 1 or > 100) throw new FlowQueryException("SplitTop must be between 1 and 100.");
        var filter = Filter(query);
        var warnings = new List<string>(filter.Warnings);
        FlowField? split = null;
        if (request.SplitField is { } splitName)
        {
            split = _catalog.Find(splitName);
            if (split is null) warnings.Add($"The field '{splitName}' does not exist in any flow document: the histogram is not split.");
        }

        var (first, last, series) = HistogramAggregation.ReadProbe(SearchFlows(HistogramAggregation.ProbeBody(filter.Query, split, request.SplitTop)), split);
        var now = _clock.GetUtcNow();
        long? from = query.From is { } f && DateMath.TryParse(f, now, roundUp: false, out long a) ? a : first;
        long? to = query.To is { } t && DateMath.TryParse(t, now, roundUp: false, out long b) ? b - 1 : last;
        if (from is not { } low || to is not { } high || high < low)
        {
            return new FlowHistogram(request.Interval ?? HistogramIntervals.Choose(0), [], split is null ? [] : series, warnings);
        }
        string interval = request.Interval ?? HistogramIntervals.Choose(high - low);
        HistogramIntervals.TryParse(interval, out long width);
        if ((high - low) / width >= HistogramAggregation.MaxBuckets)
        {
            throw new FlowQueryException($"An interval of {interval} makes more than {HistogramAggregation.MaxBuckets} buckets over this range; choose a wider one.");
        }
        var body = HistogramAggregation.Body(filter.Query, interval, low, high, split, series);
        var buckets = HistogramAggregation.Read(SearchFlows(body), series.Count, split is not null);
        return new FlowHistogram(interval, buckets, split is null ? [] : series, warnings);
    }
}
