using System.Globalization;
using System.Numerics;
using System.Text;
using System.Text.Json;
using PcapSearch.Flows.Documents;
using PcapSearch.Store.Catalog;
using PcapSearch.Store.Sql;

namespace PcapSearch.Store.DuckDb;

public sealed partial class DuckDbFlowStore
{
    public FlowHits Search(FlowQuery query)
    {
        ArgumentNullException.ThrowIfNull(query);
        if (query.Limit is < 1 or > FlowQuery.MaxLimit) throw new FlowQueryException($"The limit must be between 1 and {FlowQuery.MaxLimit}.");
        var sort = _catalog.Find(query.SortField) ?? throw new FlowQueryException($"Cannot sort by '{query.SortField}': no such field.");
        if (sort.Multi) throw new FlowQueryException($"Cannot sort by '{sort.Name}': it holds several values per flow.");
        var fields = SelectedFields(query.Fields, out var fieldWarnings);

        var context = new SqlContext(_catalog, _clock.GetUtcNow());
        string where = Where(context, query);
        using var connection = OpenReader();

        long total;
        using (var count = Command(connection, $"SELECT count(*) FROM {FlowTable.Name} WHERE {where}", context.Parameters))
        {
            total = Convert.ToInt64(count.ExecuteScalar(), CultureInfo.InvariantCulture);
        }

        string sortColumn = SqlContext.Quote(sort.Column);
        string direction = query.Direction == SortDirection.Ascending ? "ASC" : "DESC";
        if (query.After is { } after) where += " AND " + After(context, sort, query.Direction, after);
        string limit = context.Parameter((long)query.Limit);

        var columns = new StringBuilder("\"event.id\", \"_digits\", ").Append(sortColumn).Append(" AS \"_sort\"");
        foreach (var field in fields) columns.Append(", ").Append(SqlContext.Quote(field.TextColumn));
        string sql = $"SELECT {columns} FROM {FlowTable.Name} WHERE {where} ORDER BY {sortColumn} {direction} NULLS LAST, \"event.id\" ASC LIMIT {limit}";

        var hits = new List<FlowHit>();
        using (var command = Command(connection, sql, context.Parameters))
        using (var reader = command.ExecuteReader())
        {
            while (reader.Read())
            {
                string id = reader.GetString(0);
                int digits = reader.IsDBNull(1) ? 9 : Convert.ToInt32(reader.GetValue(1), CultureInfo.InvariantCulture);
                object? sortValue = reader.IsDBNull(2) ? null : reader.GetValue(2);
                var values = new Dictionary<string, object>(StringComparer.Ordinal);
                for (int i = 0; i < fields.Count; i++)
                {
                    if (reader.IsDBNull(3 + i)) continue;
                    var value = HitValue(fields[i], reader.GetValue(3 + i), digits);
                    if (value is not null) values[fields[i].Name] = value;
                }
                hits.Add(new FlowHit(id, values, Cursor.Encode(sortValue, id)));
            }
        }
        string? next = hits.Count == query.Limit ? hits[^1].Cursor : null;
        return new FlowHits(hits, total, next, [.. fieldWarnings, .. context.Warnings]);
    }


    /// <summary>search_after: the rows after (sort value, id) in ORDER BY sort NULLS LAST, id.</summary>
    private static string After(SqlContext context, FlowField sort, SortDirection direction, string cursor)
    {
        var (value, id) = Cursor.Decode(cursor);
        string column = SqlContext.Quote(sort.Column);
        string idParameter = context.Parameter(id);
        if (value is null) return $"({column} IS NULL AND \"event.id\" > {idParameter})";
        string scalar = sort.SqlType;
        string v = $"CAST({context.Parameter(value)} AS {scalar})";
        string beyond = direction == SortDirection.Ascending ? ">" : "<";
        return $"({column} {beyond} {v} OR ({column} = {v} AND \"event.id\" > {idParameter}) OR {column} IS NULL)";
    }

    private IReadOnlyList<FlowField> SelectedFields(IReadOnlyList<string>? names, out List<string> warnings)
    {
        warnings = [];
        if (names is null) return _catalog.Fields;
        var fields = new List<FlowField>();
        foreach (string name in names)
        {
            if (_catalog.Find(name) is { } field) fields.Add(field);
            else warnings.Add($"The field '{name}' does not exist in any flow document: hits leave it out.");
        }
        return fields;
    }

    private static object? HitValue(FlowField field, object value, int digits)
    {
        if (field.Type == FieldType.Date && !field.Multi) return EcsValues.FormatTimestamp(Convert.ToInt64(value, CultureInfo.InvariantCulture), digits);
        if (!field.Multi) return ScalarValue(field, value);
        var items = ((System.Collections.IEnumerable)value).Cast<object?>().Where(v => v is not null).ToList();
        if (items.Count == 0) return null;
        return field.Type is FieldType.Long or FieldType.Date
            ? items.Select(v => Convert.ToInt64(v, CultureInfo.InvariantCulture)).ToArray()
            : items.Select(v => Convert.ToString(v, CultureInfo.InvariantCulture)!).ToArray();
    }


    /// <summary>Opaque page cursors: base64url JSON of the last hit's sort value (as text) and id.</summary>
    private static class Cursor
    {
        public static string Encode(object? sortValue, string id)
        {
            string? text = sortValue switch
            {
                null => null,
                BigInteger b => b.ToString(CultureInfo.InvariantCulture),
                _ => Convert.ToString(sortValue, CultureInfo.InvariantCulture),
            };
            byte[] json = JsonSerializer.SerializeToUtf8Bytes(new[] { text, id });
            return System.Buffers.Text.Base64Url.EncodeToString(json);
        }

        public static (string? Value, string Id) Decode(string cursor)
        {
            try
            {
                var parts = JsonSerializer.Deserialize<string?[]>(System.Buffers.Text.Base64Url.DecodeFromChars(cursor));
                if (parts is { Length: 2 } && parts[1] is { } id) return (parts[0], id);
            }
            catch (Exception e) when (e is FormatException or JsonException)
            {
            }
            throw new FlowQueryException("The paging cursor is not one this store gave out.");
        }
    }
}
