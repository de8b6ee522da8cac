using System.Data.Common;
using System.Globalization;
using System.Numerics;
using System.Text;
using System.Text.Json;
using DuckDB.NET.Data;
using PcapSearch.Flows;
using PcapSearch.Flows.Documents;
using PcapSearch.Flows.Engine;
using PcapSearch.Query;
using PcapSearch.Store.Catalog;
using PcapSearch.Store.Documents;
using PcapSearch.Store.Sql;

namespace PcapSearch.Store.DuckDb;

/// <summary>
/// The embedded store: one DuckDB file, one writer connection held for the store's life (DuckDB allows one
/// writing process per file), a fresh reader connection per query (they share the open database).
/// Writes stage a batch through the appender, then replace by <c>event.id</c> in one transaction.
/// </summary>
public sealed class DuckDbFlowStore : IFlowStore
{
    private readonly string _connectionString;
    private readonly DuckDBConnection _writer;
    private readonly Lock _writeLock = new();
    private readonly BulkOptions _bulk;
    private readonly TimeProvider _clock;
    private readonly FlowCatalog _catalog = FlowCatalog.Flows;
    /// <summary>Documents read into rows before they are appended (bounds the rows held).</summary>
    private const int ChunkRows = 1024;
    private readonly DocumentReader _reader;
    private readonly DocumentRows _chunk;
    private readonly int _idField;
    private readonly FlowTable.Scratch _scratch = new();
    private readonly MemoryStream _json = new();
    private readonly HashSet<string> _batchIds = new(StringComparer.Ordinal);

    public DuckDbFlowStore(string path, BulkOptions? bulk = null, TimeProvider? clock = null)
    {
        _bulk = bulk ?? BulkOptions.Default;
        _bulk.Validate();
        _clock = clock ?? TimeProvider.System;
        _connectionString = new DuckDBConnectionStringBuilder { DataSource = path }.ToString();
        _writer = new DuckDBConnection(_connectionString);
        _writer.Open();
        _reader = new DocumentReader(_catalog);
        _chunk = new DocumentRows(_catalog);
        _idField = _catalog.Fields.ToList().FindIndex(f => f.Name == "event.id");
        Execute(_writer, FlowTable.CreateSql(_catalog, FlowTable.Name));
        Execute(_writer, "DROP TABLE IF EXISTS main.flows_staging"); // the persistent staging table of earlier versions
        Execute(_writer, FlowTable.CreateSql(_catalog, FlowTable.Staging, temporary: true));
        Execute(_writer, $"CREATE TEMP TABLE IF NOT EXISTS {FlowTable.Ids} (\"event.id\" VARCHAR)");
    }

    public FlowCatalog Catalog => _catalog;

    public void UpsertFlows(CaptureSource capture, IReadOnlyList<Flow> flows)
    {
        ArgumentNullException.ThrowIfNull(capture);
        ArgumentNullException.ThrowIfNull(flows);
        lock (_writeLock)
        {
            // An event.id names its capture (FlowId hashes the capture id), so while the table holds no row of
            // the capture no stored row can share an id with the batch: nothing to delete.
            bool stored = flows.Count > 0 && HoldsCapture(capture.Id);
            for (int start = 0; start < flows.Count; start += _bulk.BatchSize)
            {
                int count = Math.Min(_bulk.BatchSize, flows.Count - start);
                if (!(stored ? ReplaceBatch(capture, flows, start, count) : AppendBatch(capture, flows, start, count)))
                {
                    ReplaceRepeatingBatch(capture, flows, start, count);
                }
                stored = true;
            }
        }
    }

    /// <summary>A batch of a capture the table does not hold: appended to the table in one transaction. False (nothing written) when the batch repeats an id.</summary>
    private bool AppendBatch(CaptureSource capture, IReadOnlyList<Flow> flows, int start, int count)
    {
        using var transaction = _writer.BeginTransaction();
        if (!AppendRows(FlowTable.Name, capture, flows, start, count, uniqueIds: true))
        {
            transaction.Rollback();
            return false;
        }
        transaction.Commit();
        return true;
    }

    /// <summary>
    /// In one transaction: delete the stored rows with the batch's ids, append the batch's rows to the table.
    /// False (nothing written) when the batch repeats an id.
    /// </summary>
    private bool ReplaceBatch(CaptureSource capture, IReadOnlyList<Flow> flows, int start, int count)
    {
        if (!StageIds(capture, flows, start, count)) return false;
        using var transaction = _writer.BeginTransaction();
        Execute(_writer, $"DELETE FROM {FlowTable.Name} WHERE \"event.id\" IN (SELECT \"event.id\" FROM {FlowTable.Ids})");
        AppendRows(FlowTable.Name, capture, flows, start, count, uniqueIds: false);
        transaction.Commit();
        return true;
    }

    /// <summary>A batch repeating an id: staged, then replaced in one transaction keeping one row per id.</summary>
    private void ReplaceRepeatingBatch(CaptureSource capture, IReadOnlyList<Flow> flows, int start, int count)
    {
        Execute(_writer, $"DELETE FROM {FlowTable.Staging}");
        AppendRows(FlowTable.Staging, capture, flows, start, count, uniqueIds: false);
        using (var transaction = _writer.BeginTransaction())
        {
            Execute(_writer, $"DELETE FROM {FlowTable.Name} WHERE \"event.id\" IN (SELECT \"event.id\" FROM {FlowTable.Staging})");
            Execute(_writer, $"INSERT INTO {FlowTable.Name} SELECT * FROM {FlowTable.Staging} QUALIFY row_number() OVER (PARTITION BY \"event.id\") = 1");
            transaction.Commit();
        }
        Execute(_writer, $"DELETE FROM {FlowTable.Staging}");
    }

    private bool HoldsCapture(string captureId)
    {
        using var command = _writer.CreateCommand();
        command.CommandText = $"SELECT EXISTS (SELECT 1 FROM {FlowTable.Name} WHERE \"pcap.capture.id\" = $1)";
        command.Parameters.Add(new DuckDBParameter(captureId));
        return command.ExecuteScalar() is true;
    }

    /// <summary>Fills the ids table with the batch's <c>event.id</c>s; false when the batch repeats one.</summary>
    private bool StageIds(CaptureSource capture, IReadOnlyList<Flow> flows, int start, int count)
    {
        Execute(_writer, $"DELETE FROM {FlowTable.Ids}");
        _batchIds.Clear();
        using var ids = new FlowId(capture.Id);
        using var appender = _writer.CreateAppender(FlowTable.Ids);
        for (int i = start; i < start + count; i++)
        {
            string id = ids.Compute(flows[i]);
            if (!_batchIds.Add(id)) return false;
            var row = appender.CreateRow();
            row.AppendValue(id);
            row.EndRow();
        }
        return true;
    }

    /// <summary>
    /// Writes each flow's document (<see cref="FlowDocumentWriter"/>, the one source of the document shape), reads
    /// it back into the catalog's fields a chunk at a time and appends the rows to <paramref name="table"/>, in
    /// order; buffers are reused. With <paramref name="uniqueIds"/> it stops at the first repeated <c>event.id</c>
    /// and returns false. (Reading the next chunk on another thread while appending was measured on two cores: no gain.)
    /// </summary>
    private bool AppendRows(string table, CaptureSource capture, IReadOnlyList<Flow> flows, int start, int count, bool uniqueIds)
    {
        _batchIds.Clear();
        using var appender = _writer.CreateAppender(table);
        using var writer = new FlowDocumentWriter(_json, capture);
        for (int first = start; first < start + count; first += ChunkRows)
        {
            ReadChunk(writer, flows, first, Math.Min(ChunkRows, start + count - first));
            for (int r = 0; r < _chunk.Count; r++)
            {
                if (uniqueIds && !_batchIds.Add(_chunk.Texts(_idField, r)[0])) return false;
                FlowTable.Append(appender, _chunk, r, _scratch);
            }
        }
        return true;
    }

    private void ReadChunk(FlowDocumentWriter writer, IReadOnlyList<Flow> flows, int first, int count)
    {
        _chunk.Clear();
        for (int i = first; i < first + count; i++)
        {
            var flow = flows[i];
            _json.SetLength(0);
            writer.Write(flow);
            var line = _json.GetBuffer().AsSpan(0, (int)_json.Length);
            if (line[^1] == (byte)'\n') line = line[..^1];
            _reader.Read(line, flow.TimestampDigits, _chunk);
        }
    }

    public long DeleteCapture(string captureId)
    {
        ArgumentNullException.ThrowIfNull(captureId);
        lock (_writeLock)
        {
            using var command = _writer.CreateCommand();
            command.CommandText = $"DELETE FROM {FlowTable.Name} WHERE \"pcap.capture.id\" = $1";
            command.Parameters.Add(new DuckDBParameter(captureId));
            return command.ExecuteNonQuery();
        }
    }

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

    public FlowFacets Facets(FlowQuery query, IReadOnlyList<string> fields, int topN)
    {
        ArgumentNullException.ThrowIfNull(query);
        ArgumentNullException.ThrowIfNull(fields);
        if (topN is < 1 or > 10_000) throw new FlowQueryException("topN must be between 1 and 10000.");
        var context = new SqlContext(_catalog, _clock.GetUtcNow());
        string where = Where(context, query);
        var warnings = new List<string>(context.Warnings);
        using var connection = OpenReader();

        long total;
        using (var count = Command(connection, $"SELECT count(*) FROM {FlowTable.Name} WHERE {where}", context.Parameters))
        {
            total = Convert.ToInt64(count.ExecuteScalar(), CultureInfo.InvariantCulture);
        }

        var facets = new List<FieldFacet>();
        foreach (string name in fields)
        {
            var field = _catalog.Find(name);
            if (field is null)
            {
                warnings.Add($"The field '{name}' does not exist in any flow document: its facet is empty.");
                facets.Add(new FieldFacet(name, [], 0, total));
                continue;
            }
            string column = SqlContext.Quote(field.TextColumn);
            string values = field.Multi ? $"unnest({column})" : column;
            string present = field.Multi ? $"len({column}) > 0" : $"{column} IS NOT NULL";
            var parameters = context.Parameters.Append((long)topN).ToList();
            string top = "$" + parameters.Count.ToString(CultureInfo.InvariantCulture);
            string sql =
                $"WITH m AS (SELECT {column} AS c FROM {FlowTable.Name} WHERE {where}), " +
                $"u AS (SELECT {values.Replace(column, "c", StringComparison.Ordinal)} AS v FROM m WHERE {present.Replace(column, "c", StringComparison.Ordinal)}), " +
                $"g AS (SELECT v, count(*) AS n FROM u GROUP BY v), " +
                $"s AS (SELECT coalesce(sum(n), 0) AS all_values FROM g), " +
                $"p AS (SELECT count(*) AS with_field FROM m WHERE {present.Replace(column, "c", StringComparison.Ordinal)}) " +
                $"SELECT v, n, (SELECT all_values FROM s), (SELECT with_field FROM p) FROM (SELECT * FROM g WHERE v IS NOT NULL ORDER BY n DESC, v ASC LIMIT {top}) " +
                $"UNION ALL SELECT NULL, NULL, (SELECT all_values FROM s), (SELECT with_field FROM p) ORDER BY 2 DESC NULLS LAST, 1 ASC";
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
            facets.Add(new FieldFacet(field.Name, buckets, allValues - buckets.Sum(b => b.Count), total - withField));
        }
        return new FlowFacets(total, facets, warnings);
    }

    private string Where(SqlContext context, FlowQuery query)
    {
        var parts = new List<string> { context.Translate(KqlParser.Parse(query.Kql)) };
        if (query.From is { } from)
        {
            if (!DateMath.TryParse(from, context.Now, roundUp: false, out long ns)) throw new FlowQueryException($"'{from}' is not a time (ISO 8601 or date math like now-15m).");
            parts.Add($"\"@timestamp\" >= {context.Parameter(ns)}");
        }
        if (query.To is { } to)
        {
            if (!DateMath.TryParse(to, context.Now, roundUp: false, out long ns)) throw new FlowQueryException($"'{to}' is not a time (ISO 8601 or date math like now-15m).");
            parts.Add($"\"@timestamp\" < {context.Parameter(ns)}");
        }
        if (query.Captures is { Count: > 0 } captures)
        {
            parts.Add("\"pcap.capture.id\" IN (" + string.Join(", ", captures.Select(c => context.Parameter(c))) + ")");
        }
        return string.Join(" AND ", parts);
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

    private static object ScalarValue(FlowField field, object value) => field.Type switch
    {
        FieldType.Long or FieldType.Date => Convert.ToInt64(value, CultureInfo.InvariantCulture),
        _ => Convert.ToString(value, CultureInfo.InvariantCulture)!,
    };

    private static long ToLong(object value) => value is BigInteger big ? (long)big : Convert.ToInt64(value, CultureInfo.InvariantCulture);

    private DuckDBConnection OpenReader()
    {
        var connection = new DuckDBConnection(_connectionString);
        connection.Open();
        return connection;
    }

    private static DbCommand Command(DuckDBConnection connection, string sql, IEnumerable<object> parameters)
    {
        var command = connection.CreateCommand();
        command.CommandText = sql;
        foreach (var parameter in parameters)
        {
            command.Parameters.Add(new DuckDBParameter(parameter is UInt128 u ? u.ToString(CultureInfo.InvariantCulture) : parameter));
        }
        return command;
    }

    private static void Execute(DuckDBConnection connection, string sql)
    {
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        command.ExecuteNonQuery();
    }

    public void Dispose()
    {
        _writer.Dispose();
        _json.Dispose();
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
