using PcapSearch.Flows.Documents;
using PcapSearch.Store.Catalog;
using PcapSearch.Store.Sql;

namespace PcapSearch.Store.DuckDb;

public sealed partial class DuckDbFlowStore
{
    public FlowFieldStatistics FieldStatistics(FlowQuery query, IReadOnlyList<string> fields)
    {
        ArgumentNullException.ThrowIfNull(query);
        ArgumentNullException.ThrowIfNull(fields);
        var context = new SqlContext(_catalog, _clock.GetUtcNow());
        string where = Where(context, query);
        var warnings = new List<string>(context.Warnings);
        using var connection = OpenReader();

        long total;
        using (var count = Command(connection, $"SELECT count(*) FROM {FlowTable.Name} WHERE {where}", context.Parameters))
        {
            total = ToLong(count.ExecuteScalar()!);
        }

        var statistics = new List<FieldStatistics>();
        foreach (string name in fields)
        {
            if (_catalog.Find(name) is not { } field)
            {
                warnings.Add($"The field '{name}' does not exist in any flow document: no flow has it.");
                statistics.Add(new FieldStatistics(name, 0, 0, null, null));
                continue;
            }
            using var command = Command(connection, StatisticsSql(field, where), context.Parameters);
            using var reader = command.ExecuteReader();
            reader.Read();
            bool ranged = field.Type is FieldType.Long or FieldType.Date && !reader.IsDBNull(2);
            statistics.Add(new FieldStatistics(field.Name, ToLong(reader.GetValue(0)), ToLong(reader.GetValue(1)),
                ranged ? RangeEnd(field, reader.GetValue(2), reader.GetValue(4)) : null,
                ranged ? RangeEnd(field, reader.GetValue(3), reader.GetValue(5)) : null));
        }
        return new FlowFieldStatistics(total, statistics, warnings);
    }

    /// <summary>
    /// Flows with the field, distinct values (a list's elements), min and max, and the timestamp precision of the flows
    /// holding them, so a date prints as those flows' hits do.
    /// </summary>
    private static string StatisticsSql(FlowField field, string where)
    {
        // Addresses are counted by their text: DuckDB hashes 128-bit numbers far slower than short strings (measured 5x).
        string column = SqlContext.Quote(field.TextColumn);
        string digits = SqlContext.Quote(FlowTable.DigitsColumn);
        return field.Multi
            ? $"WITH m AS (SELECT {column} AS c, {digits} AS digits FROM {FlowTable.Name} WHERE {where}), u AS (SELECT unnest(c) AS v, digits FROM m) " +
              "SELECT (SELECT count(*) FROM m WHERE len(c) > 0), count(DISTINCT v), min(v), max(v), arg_min(digits, v), arg_max(digits, v) FROM u"
            : $"SELECT count({column}), count(DISTINCT {column}), min({column}), max({column}), arg_min({digits}, {column}), arg_max({digits}, {column}) " +
              $"FROM {FlowTable.Name} WHERE {where}";
    }

    private static object RangeEnd(FlowField field, object value, object digits) =>
        field.Type == FieldType.Date
            ? EcsValues.FormatTimestamp(ToLong(value), digits is DBNull ? 9 : (int)ToLong(digits))
            : ToLong(value);
}
