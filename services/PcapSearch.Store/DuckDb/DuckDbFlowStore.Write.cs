using DuckDB.NET.Data;
using PcapSearch.Flows;
using PcapSearch.Flows.Engine;

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

    /// <summary>
    /// Writes a batch (<see cref="BulkOptions.BatchSize"/> flows) at a time per writer: as many batches as there are
    /// writers are written at once when none of them may replace stored rows.
    /// </summary>
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
            int batchSize = _bulk.BatchSize;
            for (int start = 0; start < flows.Count; start += batchSize * _writers.Length)
            {
                int batches = Math.Min(_writers.Length, (flows.Count - start + batchSize - 1) / batchSize);
                var unique = new bool[batches];
                AtOnce.Run(batches, i =>
                {
                    int first = start + i * batchSize;
                    unique[i] = _writers[i].Take(capture, flows, first, Math.Min(batchSize, flows.Count - first));
                });
                var paths = new BatchPath[batches];
                for (int i = 0; i < batches; i++) paths[i] = PathOf(capture, _writers[i].Keys, unique[i]);
                long firstBatch = _lastBatch + 1;
                _lastBatch += batches;
                // Appending batches are written at once; a batch that replaces rows may replace the batch's before it.
                if (paths.All(path => path == BatchPath.Append)) AtOnce.Run(batches, i => _writers[i].Write(BatchPath.Append, firstBatch + i));
                else for (int i = 0; i < batches; i++) _writers[i].Write(paths[i], firstBatch + i);
            }
        }
    }

    /// <summary>How a batch with these ids is written; its ids then count as written.</summary>
    private BatchPath PathOf(CaptureSource capture, IReadOnlyList<ulong> keys, bool unique)
    {
        var fresh = _fresh?.CaptureId == capture.Id ? _fresh : null;
        var path = !unique ? BatchPath.ReplaceRepeating
            : fresh is not null && !fresh.Ids.Overlaps(keys) ? BatchPath.Append
            : BatchPath.Replace;
        if (fresh is null) return path;
        fresh.Ids.UnionWith(keys);
        if (fresh.Ids.Count > MaxFreshIds) _fresh = null;
        return path;
    }

    /// <summary>
    /// Whether the table may hold rows of the capture, from the set of stored capture ids this store keeps (read once
    /// from the table, then kept up to date by every write and delete: DuckDB lets one process write the file, and
    /// this store is its only writer). A scan per call instead grows with the table.
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

    public long DeleteCapture(string captureId)
    {
        ArgumentNullException.ThrowIfNull(captureId);
        lock (_writeLock)
        {
            using var transaction = _writer.BeginTransaction();
            using var command = _writer.CreateCommand();
            command.CommandText = $"DELETE FROM {FlowTable.Stored} WHERE \"pcap.capture.id\" = $1";
            command.Parameters.Add(new DuckDBParameter(captureId));
            long removed = command.ExecuteNonQuery();
            if (removed > 0) Execute(_writer, FlowSummary.StaleSql);
            transaction.Commit();
            _storedCaptures?.Remove(captureId);
            if (_fresh?.CaptureId == captureId) _fresh = null;
            DeleteCaptureRecord(captureId);
            if (removed > 0) RebuildSummaryInBackground();
            return removed;
        }
    }

    private sealed class FreshCapture(string captureId)
    {
        public string CaptureId { get; } = captureId;

        public HashSet<ulong> Ids { get; } = [];
    }
}
