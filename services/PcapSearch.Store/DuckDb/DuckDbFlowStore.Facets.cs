using System.Globalization;
using PcapSearch.Flows.Documents;
using PcapSearch.Store.Catalog;
using PcapSearch.Store.Sql;

namespace PcapSearch.Store.DuckDb;

public sealed partial class DuckDbFlowStore
{
    public FlowFacets Facets(FlowQuery query, IReadOnlyList<string> fields, int topN, string? weight = null)
    {
        ArgumentNullException.ThrowIfNull(query);
        ArgumentNullException.ThrowIfNull(fields);
        if (topN is < 1 or > 10_000) throw new FlowQueryException("topN must be between 1 and 10000.");
        string? weightColumn = weight is null ? null : _catalog.Weight(weight).Column;
        var context = new SqlContext(_catalog, _clock.GetUtcNow());
        string where = Where(context, query);
        var warnings = new List<string>(context.Warnings);
        // The pair summary answers a field it groups by, weighed by a count or a number it sums.
        var summary = FlowSummary.For(query, where);
        if (weightColumn is not null && !FlowSummary.SumColumns.Contains(weightColumn)) summary = FlowSummary.FlowRows;
        summary = Fold(summary);
        FlowSummary SourceOf(FlowField field) => FlowSummary.KeyColumns.Contains(field.TextColumn) ? summary : FlowSummary.FlowRows;
        string Weight(FlowSummary source) => weightColumn is null ? source.Flows : $"coalesce({SqlContext.Quote(weightColumn)}, 0)";
        using var connection = OpenReader();

        long total, totalWeight;
        using (var count = Command(connection, $"SELECT {summary.FlowCount}, coalesce(sum({Weight(summary)}), 0) FROM {summary.Table} WHERE {where}", context.Parameters))
        using (var reader = count.ExecuteReader())
        {
            reader.Read();
            total = ToLong(reader.GetValue(0));
            totalWeight = ToLong(reader.GetValue(1));
        }

        var facets = new List<FieldFacet>();
        foreach (string name in fields)
        {
            var field = _catalog.Find(name);
            if (field is null)
            {
                warnings.Add($"The field '{name}' does not exist in any flow document: its facet is empty.");
                facets.Add(new FieldFacet(name, [], 0, totalWeight));
                continue;
            }
            var parameters = context.Parameters.Append((long)topN).ToList();
            string top = "$" + parameters.Count.ToString(CultureInfo.InvariantCulture);
            var source = SourceOf(field);
            string sql = FacetSql(field, source.Table, where, Weight(source), top);
            var buckets = new List<FacetBucket>();
            long allValues = 0, withField = 0;
            using (var command = Command(connection, sql, parameters))
            using (var reader = command.ExecuteReader())
            {
                while (reader.Read())
                {
                    allValues = ToLong(reader.GetValue(2));
                    withField = ToLong(reader.GetValue(3));
                    if (reader.IsDBNull(1)) continue;
                    var value = field.Type == FieldType.Date
                        ? EcsValues.FormatTimestamp(Convert.ToInt64(reader.GetValue(0), CultureInfo.InvariantCulture), 9)
                        : ScalarValue(field, reader.GetValue(0));
                    buckets.Add(new FacetBucket(value, ToLong(reader.GetValue(1))));
                }
            }
            facets.Add(new FieldFacet(field.Name, buckets, allValues - buckets.Sum(b => b.Count), totalWeight - withField));
        }
        return new FlowFacets(total, facets, warnings);
    }

    /// <summary>
    /// The field's top values in <paramref name="table"/> (<paramref name="top"/> a placeholder; <paramref name="w"/> a row's weight), each row with the weight of all values and of
    /// the flows that have the field: columns value, weight, all values, with the field. A single-valued field is
    /// grouped in one pass (the weight of its values is that of the flows with it); a list is unnested, and the flows
    /// with it are summed apart. Measured on 10 M flows: the list form on a single-valued field (a subquery read twice,
    /// so materialised) cost 1.5-6x the grouping alone.
    /// </summary>
    private static string FacetSql(FlowField field, string table, string where, string w, string top)
    {
        string column = SqlContext.Quote(field.TextColumn);
        if (!field.Multi)
        {
            return
                $"SELECT v, n, t, t FROM (SELECT v, n, sum(n) OVER () AS t FROM (" +
                $"SELECT {column} AS v, sum({w}) AS n FROM {table} WHERE ({where}) AND {column} IS NOT NULL GROUP BY v)) " +
                $"ORDER BY n DESC, v ASC LIMIT {top}";
        }
        return
            $"WITH m AS (SELECT {column} AS c, {w} AS w FROM {table} WHERE {where}), " +
            $"u AS (SELECT unnest(c) AS v, w FROM m WHERE len(c) > 0), " +
            $"g AS (SELECT v, sum(w) AS n FROM u GROUP BY v), " +
            $"s AS (SELECT coalesce(sum(n), 0) AS all_values FROM g), " +
            $"p AS (SELECT coalesce(sum(w), 0) AS with_field FROM m WHERE len(c) > 0) " +
            $"SELECT v, n, (SELECT all_values FROM s), (SELECT with_field FROM p) FROM (SELECT * FROM g WHERE v IS NOT NULL ORDER BY n DESC, v ASC LIMIT {top}) " +
            $"UNION ALL SELECT NULL, NULL, (SELECT all_values FROM s), (SELECT with_field FROM p) ORDER BY 2 DESC NULLS LAST, 1 ASC";
    }
}
