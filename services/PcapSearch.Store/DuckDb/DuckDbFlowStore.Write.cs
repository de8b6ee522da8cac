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

public sealed partial class DuckDbFlowStore
{
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
            long flows = command.ExecuteNonQuery();
            DeleteCaptureRecord(captureId);
            return flows;
        }
    }
}
