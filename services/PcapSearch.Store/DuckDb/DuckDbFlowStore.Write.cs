using System.Collections.Concurrent;
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

    /// <summary>Appends under way (counted under the write lock): while any is, DuckDB's thread pool is one thread (<see cref="AppendStarted"/>).</summary>
    private int _appending;

    /// <summary>One writer per append beside others (<see cref="TryAppendAlongside"/>).</summary>
    private readonly BlockingCollection<FlowBatchWriter> _idleWriters = [];

    /// <summary>
    /// Appends beside each other hold it to read; everything else that writes the flow table (replacing, deleting,
    /// folding the summary, closing) holds it to write, so it runs alone, after the appends under way (<see cref="Alone"/>).
    /// </summary>
    private readonly ReaderWriterLockSlim _appends = new();

    public int ConcurrentWrites => _writers.Length;

    /// <summary>
    /// A batch (at most <see cref="BulkOptions.BatchSize"/> flows) of a capture written from new is appended beside
    /// other such calls, each on a writer of its own; anything else is written alone, a batch at a time per writer, as
    /// many batches at once as there are writers when none of them may replace stored rows.
    /// </summary>
    public void UpsertFlows(CaptureSource capture, IReadOnlyList<Flow> flows)
    {
        ArgumentNullException.ThrowIfNull(capture);
        ArgumentNullException.ThrowIfNull(flows);
        if (flows.Count == 0) return;
        if (flows.Count <= _bulk.BatchSize && TryAppendAlongside(capture, flows)) return;
        Alone(() => UpsertAlone(capture, flows));
    }

    /// <summary>
    /// Appends the batch beside other appends, on an idle writer; false, with nothing written, when it may replace stored
    /// rows or repeats an id (it is then written alone).
    /// </summary>
    private bool TryAppendAlongside(CaptureSource capture, IReadOnlyList<Flow> flows)
    {
        _appends.EnterReadLock();
        try
        {
            var writer = _idleWriters.Take();
            try
            {
                bool unique = writer.Take(capture, flows, 0, flows.Count);
                long batch;
                lock (_writeLock)
                {
                    StartWriting(capture);
                    if (PathOf(unique, RecordFresh(capture, writer.Keys)) != BatchPath.Append) return false;
                    batch = ++_lastBatch;
                    AppendStarted();
                }
                try
                {
                    writer.Write(BatchPath.Append, batch);
                }
                finally
                {
                    lock (_writeLock) AppendEnded();
                }
                return true;
            }
            finally
            {
                _idleWriters.Add(writer);
            }
        }
        finally
        {
            _appends.ExitReadLock();
        }
    }

    /// <summary>Writes the flows a batch per writer at a time (the caller runs it <see cref="Alone"/>).</summary>
    private void UpsertAlone(CaptureSource capture, IReadOnlyList<Flow> flows)
    {
        StartWriting(capture);
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
            for (int i = 0; i < batches; i++)
            {
                paths[i] = PathOf(unique[i], RecordFresh(capture, _writers[i].Keys));
            }
            long firstBatch = _lastBatch + 1;
            _lastBatch += batches;
            // Appending batches are written at once; a batch that replaces rows may replace the batch's before it.
            if (paths.All(path => path == BatchPath.Append))
            {
                AppendStarted();
                try
                {
                    AtOnce.Run(batches, i => _writers[i].Write(BatchPath.Append, firstBatch + i));
                }
                finally
                {
                    AppendEnded();
                }
            }
            else
            {
                for (int i = 0; i < batches; i++) _writers[i].Write(paths[i], firstBatch + i);
            }
        }
    }

    /// <summary>Runs <paramref name="write"/> once the appends under way have ended, with no other write beside it, under the write lock.</summary>
    private T Alone<T>(Func<T> write)
    {
        _appends.EnterWriteLock();
        try
        {
            lock (_writeLock) return write();
        }
        finally
        {
            _appends.ExitWriteLock();
        }
    }

    private void Alone(Action write) => Alone(() =>
    {
        write();
        return true;
    });

    /// <summary>
    /// An event.id names its capture (FlowId hashes the capture id), so a stored row can share an id with a batch only if
    /// it is of the same capture. While a capture is written from new, its stored ids are all known here: a batch none
    /// of whose ids were written before needs no delete. Called under the write lock before a capture's batch is written.
    /// </summary>
    private void StartWriting(CaptureSource capture)
    {
        if (!HoldsCapture(capture.Id)) _fresh = new FreshCapture(capture.Id);
        _storedCaptures!.Add(capture.Id); // before writing: a failed write may leave rows behind
    }

    /// <summary>
    /// Called under the write lock as an append starts: the first sets DuckDB's thread pool to one thread (the caller's:
    /// each statement then runs on the thread that issued it), as each writer already keeps a core busy. A worker thread
    /// of DuckDB's would only wait on its task queue for work the writers do themselves: that polling took ~12% of the
    /// load's CPU (pthread mutexes under <c>Executor::ExecuteTask</c>). The pool is a setting of the whole database, so
    /// reads meanwhile run on one thread each too; the last append to end sets it back.
    /// </summary>
    private void AppendStarted()
    {
        if (_appending++ == 0 && _writers.Length > 1) Execute(_writer, "SET threads = 1");
    }

    private void AppendEnded()
    {
        if (--_appending == 0 && _writers.Length > 1) Execute(_writer, $"SET threads = {_duckDbThreads}");
    }

    /// <summary>How a batch is written: whether it repeats an id, whether none of its ids was written before (<see cref="RecordFresh"/>).</summary>
    private static BatchPath PathOf(bool unique, bool fresh) =>
        !unique ? BatchPath.ReplaceRepeating : fresh ? BatchPath.Append : BatchPath.Replace;

    /// <summary>
    /// The batch's ids count as written (before it is: a failed write may leave rows behind); true when the capture is
    /// being written from new and none of them was written before. One pass over the ids: a batch written alone after
    /// an append declined it is no longer fresh, and takes the path it would have taken anyway (a replace).
    /// </summary>
    private bool RecordFresh(CaptureSource capture, ReadOnlySpan<ulong> keys)
    {
        if (FreshOf(capture) is not { } fresh) return false;
        bool none = true;
        foreach (ulong key in keys) none &= fresh.Ids.Add(key);
        if (fresh.Ids.Count > MaxFreshIds) _fresh = null;
        return none;
    }

    private FreshCapture? FreshOf(CaptureSource capture) => _fresh?.CaptureId == capture.Id ? _fresh : null;

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
        return Alone(() =>
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
        });
    }

    private sealed class FreshCapture(string captureId)
    {
        public string CaptureId { get; } = captureId;

        public HashSet<ulong> Ids { get; } = [];
    }
}
