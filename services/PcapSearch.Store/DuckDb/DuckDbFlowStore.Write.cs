using System.Buffers.Binary;
using System.Buffers.Text;
using DuckDB.NET.Data;
using PcapSearch.Flows;
using PcapSearch.Flows.Documents;
using PcapSearch.Flows.Engine;
using PcapSearch.Store.Documents;

namespace PcapSearch.Store.DuckDb;

public sealed partial class DuckDbFlowStore
{
    /// <summary>A capture's ids kept while it is written from new: more than this and its later batches take the delete path (~24 bytes an id).</summary>
    private const int MaxFreshIds = 16_000_000;

    /// <summary>The capture ids the table holds rows of; null until the first write reads them.</summary>
    private HashSet<string>? _storedCaptures;

    /// <summary>The capture this writer started writing while the table held none of its rows, with its ids written so far.</summary>
    private FreshCapture? _fresh;

    /// <summary>The highest <see cref="FlowTable.BatchColumn"/> written (read at open).</summary>
    private long _lastBatch;

    private readonly List<string> _batchIds = [];
    private readonly List<ulong> _batchKeys = [];
    private readonly HashSet<ulong> _batchKeySet = [];

    public void UpsertFlows(CaptureSource capture, IReadOnlyList<Flow> flows)
    {
        ArgumentNullException.ThrowIfNull(capture);
        ArgumentNullException.ThrowIfNull(flows);
        if (flows.Count == 0) return;
        lock (_writeLock)
        {
            // An event.id names its capture (FlowId hashes the capture id), so a stored row can share an id with the
            // batch only if it is of the same capture. While a capture is written from new, its stored ids are all known
            // here: a batch none of whose ids were written before needs no delete.
            if (!HoldsCapture(capture.Id)) _fresh = new FreshCapture(capture.Id);
            _storedCaptures!.Add(capture.Id); // before writing: a failed write may leave rows behind
            var fresh = _fresh?.CaptureId == capture.Id ? _fresh : null;
            for (int start = 0; start < flows.Count; start += _bulk.BatchSize)
            {
                int count = Math.Min(_bulk.BatchSize, flows.Count - start);
                bool repeats = !BatchKeys(capture, flows, start, count);
                if (repeats) ReplaceRepeatingBatch(capture, flows, start, count);
                else if (fresh is not null && !fresh.Ids.Overlaps(_batchKeys)) AppendBatch(capture, flows, start, count);
                else ReplaceBatch(capture, flows, start, count);
                if (fresh is null) continue;
                fresh.Ids.UnionWith(_batchKeys);
                if (fresh.Ids.Count > MaxFreshIds) fresh = _fresh = null;
            }
        }
    }

    /// <summary>A batch whose ids no stored row has: appended to the table in one transaction.</summary>
    private void AppendBatch(CaptureSource capture, IReadOnlyList<Flow> flows, int start, int count)
    {
        using var transaction = _writer.BeginTransaction();
        AppendRows(FlowTable.Name, capture, flows, start, count);
        transaction.Commit();
    }

    /// <summary>In one transaction: delete the stored rows with the batch's ids, append the batch's rows to the table (the summary is then made again, <see cref="FlowSummary"/>).</summary>
    private void ReplaceBatch(CaptureSource capture, IReadOnlyList<Flow> flows, int start, int count)
    {
        StageIds();
        using var transaction = _writer.BeginTransaction();
        Execute(_writer, $"DELETE FROM {FlowTable.Name} WHERE \"event.id\" IN (SELECT \"event.id\" FROM {FlowTable.Ids})");
        AppendRows(FlowTable.Name, capture, flows, start, count);
        Execute(_writer, FlowSummary.StaleSql);
        transaction.Commit();
    }

    /// <summary>A batch repeating an id: staged, then replaced in one transaction keeping one row per id.</summary>
    private void ReplaceRepeatingBatch(CaptureSource capture, IReadOnlyList<Flow> flows, int start, int count)
    {
        Execute(_writer, $"DELETE FROM {FlowTable.Staging}");
        AppendRows(FlowTable.Staging, capture, flows, start, count);
        using (var transaction = _writer.BeginTransaction())
        {
            Execute(_writer, $"DELETE FROM {FlowTable.Name} WHERE \"event.id\" IN (SELECT \"event.id\" FROM {FlowTable.Staging})");
            Execute(_writer, $"INSERT INTO {FlowTable.Name} SELECT * FROM {FlowTable.Staging} QUALIFY row_number() OVER (PARTITION BY \"event.id\") = 1");
            Execute(_writer, FlowSummary.StaleSql);
            transaction.Commit();
        }
        Execute(_writer, $"DELETE FROM {FlowTable.Staging}");
    }

    /// <summary>
    /// Whether the table may hold rows of the capture, from the set of stored capture ids this writer keeps (read once
    /// from the table, then kept up to date by every write and delete: DuckDB lets one process write the file, and
    /// this connection is its only writer). A scan per call instead grows with the table.
    /// </summary>
    private bool HoldsCapture(string captureId)
    {
        if (_storedCaptures is null)
        {
            _storedCaptures = new HashSet<string>(StringComparer.Ordinal);
            using var command = _writer.CreateCommand();
            command.CommandText = $"SELECT DISTINCT \"pcap.capture.id\" FROM {FlowTable.Name}";
            using var reader = command.ExecuteReader();
            while (reader.Read()) _storedCaptures.Add(reader.GetString(0));
        }
        return _storedCaptures.Contains(captureId);
    }

    /// <summary>
    /// The batch's ids (<c>_batchIds</c>) and the same as 64-bit keys (<c>_batchKeys</c>: the first 64 bits of their
    /// SHA-256, see <see cref="FlowId"/>); false when the batch repeats an id. Two ids sharing a key only send a batch
    /// down the slower, always correct path.
    /// </summary>
    private bool BatchKeys(CaptureSource capture, IReadOnlyList<Flow> flows, int start, int count)
    {
        _batchIds.Clear();
        _batchKeys.Clear();
        _batchKeySet.Clear();
        using var ids = new FlowId(capture.Id);
        Span<byte> raw = stackalloc byte[9];
        bool unique = true;
        for (int i = start; i < start + count; i++)
        {
            string id = ids.Compute(flows[i]);
            Base64Url.DecodeFromChars(id.AsSpan(0, 12), raw);
            ulong key = BinaryPrimitives.ReadUInt64LittleEndian(raw);
            _batchIds.Add(id);
            _batchKeys.Add(key);
            unique &= _batchKeySet.Add(key);
        }
        return unique;
    }

    /// <summary>Fills the ids table with the batch's <c>event.id</c>s.</summary>
    private void StageIds()
    {
        Execute(_writer, $"DELETE FROM {FlowTable.Ids}");
        using var appender = _writer.CreateAppender(FlowTable.Ids);
        foreach (string id in _batchIds)
        {
            var row = appender.CreateRow();
            row.AppendValue(id);
            row.EndRow();
        }
    }

    /// <summary>
    /// Writes the flows' document fields (<see cref="FlowRowWriter"/>) into rows a data chunk at a time and appends
    /// them to <paramref name="table"/>, in order; the ids are <c>_batchIds</c>. (Filling the next chunk on another
    /// thread while appending was measured on two cores, with the earlier JSON round trip: no gain.)
    /// </summary>
    private void AppendRows(string table, CaptureSource capture, IReadOnlyList<Flow> flows, int start, int count)
    {
        using var appender = new FlowChunkAppender(_writer, table, _catalog, ++_lastBatch);
        using var rows = new FlowRowWriter(_catalog, _reader, capture);
        for (int first = start; first < start + count; first += FlowChunkAppender.ChunkRows)
        {
            _chunk.Clear();
            int end = Math.Min(first + FlowChunkAppender.ChunkRows, start + count);
            for (int i = first; i < end; i++) rows.Write(flows[i], _batchIds[i - start], _chunk);
            appender.Append(_chunk);
        }
    }

    public long DeleteCapture(string captureId)
    {
        ArgumentNullException.ThrowIfNull(captureId);
        lock (_writeLock)
        {
            using var transaction = _writer.BeginTransaction();
            using var command = _writer.CreateCommand();
            command.CommandText = $"DELETE FROM {FlowTable.Name} WHERE \"pcap.capture.id\" = $1";
            command.Parameters.Add(new DuckDBParameter(captureId));
            long removed = command.ExecuteNonQuery();
            if (removed > 0) Execute(_writer, FlowSummary.StaleSql);
            transaction.Commit();
            _storedCaptures?.Remove(captureId);
            if (_fresh?.CaptureId == captureId) _fresh = null;
            DeleteCaptureRecord(captureId);
            return removed;
        }
    }

    private sealed class FreshCapture(string captureId)
    {
        public string CaptureId { get; } = captureId;

        public HashSet<ulong> Ids { get; } = [];
    }
}
