using System.Data.Common;
using System.Globalization;
using System.Numerics;
using System.Text;
using DuckDB.NET.Data;
using DuckDB.NET.Native;
using PcapSearch.Query;
using PcapSearch.Store.Catalog;
using PcapSearch.Store.Documents;
using PcapSearch.Store.Sql;

namespace PcapSearch.Store.DuckDb;

/// <summary>
/// The embedded store: one DuckDB file, written by this process alone (DuckDB allows one writing process per file)
/// through connections held for the store's life: one for captures, deletes and the summary, and one per
/// <see cref="FlowBatchWriter"/> for flows; a fresh reader connection per query (they share the open database).
/// </summary>
public sealed partial class DuckDbFlowStore : IFlowStore
{
    private readonly string _connectionString;
    private readonly DuckDBConnection _writer;
    private readonly Lock _writeLock = new();
    private readonly BulkOptions _bulk;
    private readonly TimeProvider _clock;
    private readonly FlowCatalog _catalog = FlowCatalog.Flows;
    private readonly FlowBatchWriter[] _writers;
    /// <summary>DuckDB's thread pool as the store opened it (<see cref="AppendEnded"/> sets it back to this).</summary>
    private readonly long _duckDbThreads;
    private bool _disposed;

    /// <param name="memoryLimit">
    /// DuckDB's memory_limit for the open database (a size as DuckDB writes it: <c>4GB</c>, <c>512MiB</c>); null: DuckDB's
    /// default, 80% of the machine's memory. DuckDB refuses a value it cannot read when the store opens.
    /// </param>
    public DuckDbFlowStore(string path, BulkOptions? bulk = null, TimeProvider? clock = null, string? memoryLimit = null)
    {
        _bulk = bulk ?? BulkOptions.Default;
        _bulk.Validate();
        _clock = clock ?? TimeProvider.System;
        var connection = new DuckDBConnectionStringBuilder { DataSource = path };
        // A new file in the newest format writes ~20% faster (DuckDB's newer string compression) than the default, which
        // older DuckDB versions can read; only this store reads it. A file keeps the format it was made with.
        connection["storage_compatibility_version"] = "latest";
        if (memoryLimit is not null) connection["memory_limit"] = memoryLimit;
        // DuckDB's allocator hands memory freed by a task back to the system once 128 MiB are free (and after a bulk free of
        // 512 MiB): every batch then faults fresh pages in again. Keeping up to 1 GiB for reuse loaded ~10% faster
        // (docs/store.md "Write speed"); the process may hold that much more after a load.
        connection["allocator_flush_threshold"] = "1GiB";
        connection["allocator_bulk_deallocation_flush_threshold"] = "1GiB";
        _connectionString = connection.ToString();
        _writer = new DuckDBConnection(_connectionString);
        _writer.Open();
        UpgradeFlowTable();
        Execute(_writer, FlowTable.CreateSql(_catalog, FlowTable.Stored));
        Execute(_writer, FlowTable.ViewSql(_catalog));
        Execute(_writer, "DROP TABLE IF EXISTS main.flows_staging"); // the persistent staging table of earlier versions
        _writers = [.. Enumerable.Range(0, _bulk.Writers).Select(_ => new FlowBatchWriter(_connectionString, _catalog))];
        foreach (var writer in _writers) _idleWriters.Add(writer);
        using (var threads = _writer.CreateCommand())
        {
            threads.CommandText = "SELECT current_setting('threads')";
            _duckDbThreads = ToLong(threads.ExecuteScalar()!);
        }
        CreateCaptureTable();
        CreateSummaries();
    }

    /// <summary>
    /// A store written by an earlier version gets this version's stored columns (enrichment, the batch; computed columns
    /// left to the view) in one transaction, its rows kept; its summary tables are dropped, so
    /// <see cref="CreateSummaries"/> makes them again from the flows. Earlier versions kept every column in a table named
    /// like the view; a stored table is compared with this layout as DuckDB declares both (a temporary table made from
    /// it), so a changed type counts as well as a new column.
    /// </summary>
    private void UpgradeFlowTable()
    {
        string? earlier = TableExists(FlowTable.Name) ? FlowTable.Name
            : TableExists(FlowTable.Stored) && !StoredTableIsCurrent() ? FlowTable.Stored
            : null;
        if (earlier is null) return;
        var columns = ColumnsOf("main", earlier).Select(c => c.Name).ToList();
        using var transaction = _writer.BeginTransaction();
        if (earlier == FlowTable.Stored) Execute(_writer, $"DROP VIEW IF EXISTS {FlowTable.Name}");
        foreach (string sql in FlowTable.UpgradeSql(_catalog, earlier, columns)) Execute(_writer, sql);
        foreach (string table in FlowSummary.Tables) Execute(_writer, $"DROP TABLE IF EXISTS {table}");
        transaction.Commit();
    }

    private bool StoredTableIsCurrent()
    {
        const string layout = "flow_rows_layout";
        Execute(_writer, $"DROP TABLE IF EXISTS temp.{layout}");
        Execute(_writer, FlowTable.CreateSql(_catalog, layout, temporary: true));
        bool current = ColumnsOf("main", FlowTable.Stored).SequenceEqual(ColumnsOf("temp", layout));
        Execute(_writer, $"DROP TABLE temp.{layout}");
        return current;
    }

    /// <summary>Whether the database has a base table (not a view) of this name.</summary>
    private bool TableExists(string table)
    {
        using var command = _writer.CreateCommand();
        command.CommandText = $"SELECT count(*) FROM duckdb_tables() WHERE table_name = '{table}' AND schema_name = 'main' AND NOT temporary";
        return ToLong(command.ExecuteScalar()!) > 0;
    }

    /// <summary>A table's columns in order, as DuckDB declares them: name and type.</summary>
    private List<(string Name, string Type)> ColumnsOf(string schema, string table)
    {
        var columns = new List<(string, string)>();
        using var command = _writer.CreateCommand();
        command.CommandText = "SELECT column_name, data_type FROM duckdb_columns() " +
            $"WHERE table_name = '{table}' AND schema_name = '{schema}' AND NOT internal ORDER BY column_index";
        using var reader = command.ExecuteReader();
        while (reader.Read()) columns.Add((reader.GetString(0), reader.GetString(1)));
        return columns;
    }

    /// <summary>The summary tables (made again, from the flows, by the first read that wants them, when one was missing).</summary>
    private void CreateSummaries()
    {
        using (var last = _writer.CreateCommand())
        {
            last.CommandText = $"SELECT coalesce(max(\"{FlowTable.BatchColumn}\"), 0) FROM {FlowTable.Name}";
            _lastBatch = ToLong(last.ExecuteScalar()!);
        }
        using var transaction = _writer.BeginTransaction();
        using (var exists = _writer.CreateCommand())
        {
            exists.CommandText = $"SELECT count(*) FROM duckdb_tables() WHERE table_name IN ({string.Join(", ", FlowSummary.Tables.Select(t => $"'{t}'"))}) AND NOT temporary";
            if (ToLong(exists.ExecuteScalar()!) < FlowSummary.Tables.Count)
            {
                foreach (string table in FlowSummary.Tables) Execute(_writer, $"DROP TABLE IF EXISTS {table}");
            }
        }
        foreach (string sql in FlowSummary.CreateSql()) Execute(_writer, sql);
        transaction.Commit();
    }

    /// <summary>
    /// Brings the summary up to the flows written so far (<see cref="FlowSummary"/>), before a read that answers from it;
    /// returns the summary the read answers from. While a write (an append included) or another fold is under way, the read answers
    /// from the flow table instead (always current, slower at scale) rather than wait behind them.
    /// </summary>
    private FlowSummary Fold(FlowSummary summary)
    {
        if (summary != FlowSummary.Pairs) return summary;
        if (!_appends.TryEnterWriteLock(0)) return FlowSummary.FlowRows;
        try
        {
            if (!_writeLock.TryEnter()) return FlowSummary.FlowRows;
            try
            {
                FoldUnderLock();
            }
            finally
            {
                _writeLock.Exit();
            }
        }
        finally
        {
            _appends.ExitWriteLock();
        }
        return summary;
    }

    /// <summary>Folds the batches written since the last fold (the caller holds the write lock).</summary>
    private void FoldUnderLock()
    {
        long? folded;
        using (var state = _writer.CreateCommand())
        {
            state.CommandText = $"SELECT folded FROM {FlowSummary.StateTable}";
            folded = state.ExecuteScalar() is long value ? value : null;
        }
        if (folded == _lastBatch) return;
        if (_bulk.FoldFlows is null)
        {
            // One transaction is the fastest fold (each further one merges the edges again), but its grouping must fit in
            // DuckDB's memory limit; when it does not, nothing was folded and the slices below fold it.
            try
            {
                FoldUpTo(folded, _lastBatch);
                return;
            }
            catch (DuckDBException e) when (e.ErrorType == DuckDBErrorType.OutOfMemory)
            {
            }
        }
        foreach (long last in FoldSlices(folded, _bulk.FoldFlows ?? BulkOptions.FoldSliceFlows))
        {
            FoldUpTo(folded, last);
            folded = last;
        }
    }

    /// <summary>Folds the flows of the batches above <paramref name="folded"/> up to <paramref name="last"/>, in one transaction.</summary>
    private void FoldUpTo(long? folded, long last)
    {
        using var transaction = _writer.BeginTransaction();
        foreach (string sql in FlowSummary.FoldSql(folded, last)) Execute(_writer, sql);
        if (folded is not null) MergeWhenOutnumbered();
        transaction.Commit();
    }

    /// <summary>The batches each fold transaction ends with, so that one holds about <paramref name="flowsEach"/> flows at most (a batch is never split).</summary>
    private List<long> FoldSlices(long? folded, long flowsEach)
    {
        var ends = new List<long>();
        using var command = _writer.CreateCommand();
        string batch = SqlContext.Quote(FlowTable.BatchColumn);
        command.CommandText = $"SELECT {batch}, count(*) FROM {FlowTable.Name} {(folded is null ? "" : $"WHERE {batch} > {folded}")} GROUP BY ALL ORDER BY 1";
        using var reader = command.ExecuteReader();
        long flows = 0;
        while (reader.Read())
        {
            flows += ToLong(reader.GetValue(1));
            if (flows < flowsEach) continue;
            ends.Add(ToLong(reader.GetValue(0)));
            flows = 0;
        }
        if (ends.Count == 0 || ends[^1] < _lastBatch) ends.Add(_lastBatch);
        return ends;
    }

    /// <summary>Folds the flows written so far into the summary (which the next read would otherwise do first).</summary>
    public void Settle()
    {
        Alone(() =>
        {
            if (!_disposed) FoldUnderLock();
        });
    }

    /// <summary>
    /// Makes the summary again after a delete on a thread of its own (<see cref="Settle"/>), so that the next read need not
    /// wait for it: reads meanwhile answer from the flow table, as while any write runs (at 10 M flows ~20 s of folding
    /// against 0.2-1.5 s a read). Disposing the store waits for a rebuild under way; one not begun by then is left to the
    /// next read after the store is opened again (the summary's state says it is behind).
    /// </summary>
    private void RebuildSummaryInBackground() =>
        Rebuilding = Task.Factory.StartNew(Settle, CancellationToken.None, TaskCreationOptions.LongRunning, TaskScheduler.Default);

    /// <summary>The latest rebuild after a delete (tests wait for it).</summary>
    internal Task? Rebuilding { get; private set; }

    /// <summary>Partial rows beyond as many again as the merged ones are merged (each fold adds rows per key it touched).</summary>
    private void MergeWhenOutnumbered()
    {
        using var count = _writer.CreateCommand();
        count.CommandText = $"SELECT (SELECT count(*) FROM {FlowSummary.PairsTable}) > 2 * greatest(merged, 1) FROM {FlowSummary.StateTable}";
        if (!(bool)count.ExecuteScalar()!) return;
        foreach (string sql in FlowSummary.MergeSql()) Execute(_writer, sql);
    }

    public FlowCatalog Catalog => _catalog;

    private string Where(SqlContext context, FlowQuery query)
    {
        var parts = new List<string> { context.Translate(KqlParser.Parse(query.Kql)) };
        if (query.From is { } from) parts.Add($"\"@timestamp\" >= {context.Parameter(TimeBound(from, context.Now))}");
        if (query.To is { } to) parts.Add($"\"@timestamp\" < {context.Parameter(TimeBound(to, context.Now))}");
        if (query.Captures is { Count: > 0 } captures)
        {
            parts.Add("\"pcap.capture.id\" IN (" + string.Join(", ", captures.Select(c => context.Parameter(c))) + ")");
        }
        return string.Join(" AND ", parts);
    }

    /// <summary>A query's <see cref="FlowQuery.From"/> or <see cref="FlowQuery.To"/> in nanoseconds since the epoch.</summary>
    private static long TimeBound(string text, DateTimeOffset now) =>
        DateMath.TryParse(text, now, roundUp: false, out long ns)
            ? ns
            : throw new FlowQueryException($"'{text}' is not a time (ISO 8601 or date math like now-15m).");

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

    /// <summary>Closes the database once the writes and a fold under way (a rebuild after a delete) have ended.</summary>
    public void Dispose()
    {
        Alone(() =>
        {
            if (_disposed) return;
            _disposed = true;
            foreach (var writer in _writers) writer.Dispose();
            _writer.Dispose();
        });
    }

}
