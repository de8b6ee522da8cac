using System.Buffers.Binary;
using System.Buffers.Text;
using DuckDB.NET.Data;
using PcapSearch.Flows;
using PcapSearch.Flows.Documents;
using PcapSearch.Flows.Engine;
using PcapSearch.Store.Catalog;
using PcapSearch.Store.Documents;

namespace PcapSearch.Store.DuckDb;

/// <summary>
/// Writes one batch of flows at a time through its own connection to the store's database, each write one transaction.
/// The store keeps several (<see cref="BulkOptions.Writers"/>) so that batches with no id in common are written at
/// once: DuckDB compresses a transaction's rows on the thread that appends them, and concurrent appends to one table do
/// not conflict. Temporary tables belong to their connection, so each writer stages its batch in its own.
/// </summary>
internal sealed class FlowBatchWriter : IDisposable
{
    private readonly DuckDBConnection _connection;
    private readonly FlowCatalog _catalog;
    private readonly RowEcsWriter _applicationFields;
    private readonly DocumentRows _rows;
    private readonly FlowChunkWriter _chunks;
    private readonly FlowRowsFunction _function;
    private readonly List<string> _ids = [];
    private readonly List<ulong> _keys = [];
    private readonly HashSet<ulong> _keySet = [];
    private CaptureSource? _capture;
    private IReadOnlyList<Flow> _flows = [];
    private int _start;

    public FlowBatchWriter(string connectionString, FlowCatalog catalog)
    {
        _catalog = catalog;
        _applicationFields = new RowEcsWriter(catalog);
        _rows = new DocumentRows(catalog);
        _chunks = new FlowChunkWriter(catalog);
        _connection = new DuckDBConnection(connectionString);
        _connection.Open();
        _function = new FlowRowsFunction(_connection, _chunks.Columns);
        Execute(FlowTable.CreateSql(catalog, FlowTable.Staging, temporary: true));
        Execute($"CREATE TEMP TABLE IF NOT EXISTS {FlowTable.Ids} (\"event.id\" VARCHAR)");
    }

    /// <summary>
    /// The batch in hand's ids as 64-bit keys (the first 64 bits of their SHA-256, see <see cref="FlowId"/>): two ids
    /// sharing a key only send a batch down the slower, always correct path.
    /// </summary>
    public ReadOnlySpan<ulong> Keys => System.Runtime.InteropServices.CollectionsMarshal.AsSpan(_keys);

    /// <summary>Takes the batch <paramref name="flows"/>[<paramref name="start"/>..+<paramref name="count"/>] and makes its ids; false when the batch repeats an id.</summary>
    public bool Take(CaptureSource capture, IReadOnlyList<Flow> flows, int start, int count)
    {
        _capture = capture;
        _flows = flows;
        _start = start;
        _ids.Clear();
        _keys.Clear();
        _keySet.Clear();
        var ids = new FlowId(capture.Id);
        Span<byte> raw = stackalloc byte[9];
        bool unique = true;
        for (int i = start; i < start + count; i++)
        {
            string id = ids.Compute(flows[i]);
            Base64Url.DecodeFromChars(id.AsSpan(0, 12), raw);
            ulong key = BinaryPrimitives.ReadUInt64LittleEndian(raw);
            _ids.Add(id);
            _keys.Add(key);
            unique &= _keySet.Add(key);
        }
        return unique;
    }

    /// <summary>Writes the batch in hand the way <paramref name="path"/> says, as write number <paramref name="batch"/>.</summary>
    public void Write(BatchPath path, long batch)
    {
        switch (path)
        {
            case BatchPath.Append: Append(batch); break;
            case BatchPath.Replace: Replace(batch); break;
            case BatchPath.ReplaceRepeating: ReplaceRepeating(batch); break;
        }
    }

    /// <summary>A batch whose ids no stored row has: appended to the table in one transaction.</summary>
    private void Append(long batch)
    {
        using var transaction = _connection.BeginTransaction();
        AppendRows(FlowTable.Stored, batch);
        transaction.Commit();
    }

    /// <summary>In one transaction: delete the stored rows with the batch's ids, append the batch's rows to the table (the summary is then made again, <see cref="FlowSummary"/>).</summary>
    private void Replace(long batch)
    {
        StageIds();
        using var transaction = _connection.BeginTransaction();
        Execute($"DELETE FROM {FlowTable.Stored} WHERE \"event.id\" IN (SELECT \"event.id\" FROM {FlowTable.Ids})");
        AppendRows(FlowTable.Stored, batch);
        Execute(FlowSummary.StaleSql);
        transaction.Commit();
    }

    /// <summary>A batch repeating an id: staged, then replaced in one transaction keeping one row per id.</summary>
    private void ReplaceRepeating(long batch)
    {
        Execute($"DELETE FROM {FlowTable.Staging}");
        AppendRows(FlowTable.Staging, batch);
        using (var transaction = _connection.BeginTransaction())
        {
            Execute($"DELETE FROM {FlowTable.Stored} WHERE \"event.id\" IN (SELECT \"event.id\" FROM {FlowTable.Staging})");
            Execute($"INSERT INTO {FlowTable.Stored} SELECT * FROM {FlowTable.Staging} QUALIFY row_number() OVER (PARTITION BY \"event.id\") = 1");
            Execute(FlowSummary.StaleSql);
            transaction.Commit();
        }
        Execute($"DELETE FROM {FlowTable.Staging}");
    }

    /// <summary>Fills the ids table with the batch's <c>event.id</c>s.</summary>
    private void StageIds()
    {
        Execute($"DELETE FROM {FlowTable.Ids}");
        using var appender = _connection.CreateAppender(FlowTable.Ids);
        foreach (string id in _ids)
        {
            var row = appender.CreateRow();
            row.AppendValue(id);
            row.EndRow();
        }
    }

    /// <summary>
    /// Writes the flows' document fields (<see cref="FlowRowWriter"/>) into rows a data chunk at a time as DuckDB reads
    /// them from the writer's table function (<see cref="FlowRowsFunction"/>), into <paramref name="table"/>, in order.
    /// (Filling the next chunk on another thread meanwhile was measured on two cores: no gain; most of DuckDB's work is
    /// at commit.)
    /// </summary>
    private void AppendRows(string table, long batch)
    {
        var rows = new FlowRowWriter(_catalog, _applicationFields, _capture!);
        int next = 0;
        _function.Fill = chunk =>
        {
            _rows.Clear();
            for (int end = Math.Min(next + FlowChunkWriter.ChunkRows, _ids.Count); next < end; next++)
            {
                rows.Write(_flows[_start + next], _ids[next], _rows);
            }
            _chunks.Write(_rows, chunk, batch);
        };
        try
        {
            Execute($"INSERT INTO {table} SELECT * FROM {_function.Name}()");
        }
        catch (DuckDBException)
        {
            _function.Rethrow();
            throw;
        }
        finally
        {
            _function.Fill = null;
        }
    }

    private void Execute(string sql)
    {
        using var command = _connection.CreateCommand();
        command.CommandText = sql;
        command.ExecuteNonQuery();
    }

    public void Dispose()
    {
        _connection.Dispose();
        _function.Dispose();
    }
}

/// <summary>How a batch is written, chosen from what the table may already hold of its ids.</summary>
internal enum BatchPath
{
    /// <summary>No stored row has any of its ids.</summary>
    Append,

    /// <summary>Stored rows may have its ids: deleted first.</summary>
    Replace,

    /// <summary>The batch repeats an id: one row per id is kept.</summary>
    ReplaceRepeating,
}
