using System.Globalization;
using System.Text;
using PcapSearch.Flows.Documents;
using PcapSearch.Store.Catalog;
using PcapSearch.Store.Sql;

namespace PcapSearch.Store.DuckDb;

public sealed partial class DuckDbFlowStore
{
    public FlowHistogram Histogram(FlowQuery query, HistogramRequest request)
    {
        ArgumentNullException.ThrowIfNull(query);
        ArgumentNullException.ThrowIfNull(request);
        long? explicitWidth = request.Interval is { } interval ? HistogramInterval.Parse(interval) : null;
        var split = SplitField(request);

        var context = new SqlContext(_catalog, _clock.GetUtcNow());
        string where = Where(context, query);
        // Over every flow, the minutes of the summary hold the range and, for widths of whole minutes, the counts.
        bool minutes = split is null && FlowSummary.OverEveryFlow(query, where) && Fold(FlowSummary.Pairs) == FlowSummary.Pairs;
        using var connection = OpenReader();

        // The range: the query's bounds, or the matching flows' first and last timestamps where it has none.
        long? first = query.From is { } from ? TimeBound(from, context.Now) : null;
        long? last = query.To is { } to ? TimeBound(to, context.Now) - 1 : null;
        if (first is null || last is null)
        {
            using var range = Command(connection, minutes
                ? $"SELECT min(first), max(last) FROM {FlowSummary.MinutesTable} WHERE {where}"
                : $"SELECT min(\"@timestamp\"), max(\"@timestamp\") FROM {FlowTable.Name} WHERE {where}", context.Parameters);
            using var reader = range.ExecuteReader();
            reader.Read();
            if (!reader.IsDBNull(0))
            {
                first ??= ToLong(reader.GetValue(0));
                last ??= ToLong(reader.GetValue(1));
            }
        }
        long width = explicitWidth ?? HistogramInterval.Auto(first ?? 0, last ?? 0);
        long buckets = first is { } f && last is { } l ? HistogramInterval.Buckets(f, l, width) : 0;
        if (buckets > HistogramRequest.MaxBuckets)
        {
            throw new FlowQueryException($"The interval {request.Interval} makes {buckets} buckets over this time range, more than {HistogramRequest.MaxBuckets}: choose a wider one, or none for an automatic one.");
        }

        var series = split is null ? [] : Facets(query, [split.Name], request.SplitTop).Fields[0].Buckets.Select(b => b.Value).ToList();
        var counts = minutes && width % FlowSummary.Minute == 0
            ? CountPerBucket(connection, context, where, width, null, [], FlowSummary.MinutesTable, "minute", "sum(flows)")
            : CountPerBucket(connection, context, where, width, split, series, FlowTable.Name, "\"@timestamp\"", "count(*)");

        var result = new List<HistogramBucket>((int)buckets);
        for (long start = HistogramInterval.BucketStart(first ?? 0, width), i = 0; i < buckets; i++, start += width)
        {
            var (count, perSeries) = counts.GetValueOrDefault(start, (0, split is null ? [] : new long[series.Count + 1]));
            result.Add(new HistogramBucket(EcsValues.FormatTimestamp(start, 3), count, perSeries));
        }
        return new FlowHistogram(HistogramInterval.Format(width), result, series, context.Warnings);
    }

    private FlowField? SplitField(HistogramRequest request)
    {
        if (request.SplitField is not { } name) return null;
        if (request.SplitTop is < 1 or > HistogramRequest.MaxSplitTop) throw new FlowQueryException($"The split's top must be between 1 and {HistogramRequest.MaxSplitTop}.");
        var field = _catalog.Find(name) ?? throw new FlowQueryException($"Cannot split the histogram by '{name}': no flow document has that field.");
        if (field.Type == FieldType.Date) throw new FlowQueryException($"Cannot split the histogram by '{name}': it is a date; split by a keyword, address or number.");
        return field;
    }

    /// <summary>
    /// Flows per non-empty bucket (keyed by its start) and, with a split, per series value then other. A list field
    /// counts each element; other is every value outside the series plus one for each flow without the field. Read from
    /// <paramref name="table"/>, bucketing its <paramref name="time"/> and summing <paramref name="count"/> (the flows, or
    /// the summary's minutes).
    /// </summary>
    private static Dictionary<long, (long Count, long[] Split)> CountPerBucket(
        DuckDB.NET.Data.DuckDBConnection connection, SqlContext context, string where, long width, FlowField? split, IReadOnlyList<object> series,
        string table, string time, string count)
    {
        string w = context.Parameter(width);
        var sql = new StringBuilder($"SELECT {BucketStart(time, w)} AS bucket, {count}");
        if (split is not null)
        {
            string column = SqlContext.Quote(split.TextColumn);
            foreach (var value in series)
            {
                string v = context.Parameter(value);
                sql.Append(split.Multi
                    ? $", coalesce(sum(len(list_filter({column}, x -> x = {v}))), 0)"
                    : $", count(*) FILTER (WHERE {column} = {v})");
            }
            sql.Append(split.Multi
                ? $", coalesce(sum(len({column})), 0) + count(*) FILTER (WHERE coalesce(len({column}), 0) = 0)"
                : ", count(*)");
        }
        sql.Append($" FROM {table} WHERE {where} AND {time} IS NOT NULL GROUP BY bucket");

        var counts = new Dictionary<long, (long, long[])>();
        using var command = Command(connection, sql.ToString(), context.Parameters);
        using var reader = command.ExecuteReader();
        while (reader.Read())
        {
            long[] perSeries = split is null ? [] : new long[series.Count + 1];
            if (split is not null)
            {
                for (int i = 0; i < series.Count; i++) perSeries[i] = ToLong(reader.GetValue(2 + i));
                perSeries[^1] = ToLong(reader.GetValue(2 + series.Count)) - perSeries[..^1].Sum();
            }
            counts[ToLong(reader.GetValue(0))] = (ToLong(reader.GetValue(1)), perSeries);
        }
        return counts;
    }

    /// <summary>SQL: the start of the epoch-aligned bucket of width <paramref name="width"/> holding <paramref name="ns"/> (right for instants before 1970 too).</summary>
    internal static string BucketStart(string ns, string width) => $"{ns} - ((({ns} % {width}) + {width}) % {width})";
}
