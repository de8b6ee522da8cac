using PcapSearch.Capture;
using PcapSearch.Flows;
using PcapSearch.Flows.Engine;
using PcapSearch.Ingest.Messages;
using PcapSearch.Store;

namespace PcapSearch.Ingest.Indexing;

/// <summary>
/// Reads a stored capture through the engine and the enrichment stage into the store, a batch of flows at a time, and keeps the
/// capture's catalog record current. A capture that cannot be indexed however often it is tried (not a
/// capture, missing, not readable) ends as a <see cref="CaptureStatus.Failed"/> record with the reason;
/// anything else (a store or I/O failure) escapes, so the caller may try again.
/// </summary>
public sealed class CaptureIndexer(IFlowStore store, IndexerOptions? options = null) : ICaptureIndexer
{
    private readonly IndexerOptions _options = options ?? new IndexerOptions();

    public CaptureRecord Index(CaptureReceived capture, IProgress<CaptureRecord>? progress = null, CancellationToken cancellation = default)
    {
        ArgumentNullException.ThrowIfNull(capture);
        var record = Started(capture);
        store.UpsertCapture(record);
        CaptureRecord final;
        try
        {
            final = Read(capture, record, progress, cancellation);
        }
        catch (Exception e) when (PermanentFailure(capture, e) is { } reason)
        {
            final = record with { Status = CaptureStatus.Failed, FailureReason = reason, Finished = Now() };
        }
        store.UpsertCapture(final);
        progress?.Report(final);
        return final;
    }

    private CaptureRecord Read(CaptureReceived capture, CaptureRecord record, IProgress<CaptureRecord>? progress, CancellationToken cancellation)
    {
        string path = LocalPath(capture.StorageUri);
        var file = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, bufferSize: 0, FileOptions.SequentialScan);
        using var reader = CaptureReader.Open(file, capture.Name, _options.Engine.Reader);
        using var sink = new StoreFlowSink(store, new CaptureSource(capture.CaptureId, capture.Name), _options.BatchSize);
        long packets = 0, nextReport = _options.Clock.GetTimestamp();
        void Report()
        {
            if (_options.Clock.GetTimestamp() < nextReport) return;
            nextReport = _options.Clock.GetTimestamp() + (long)(_options.ProgressInterval.TotalSeconds * _options.Clock.TimestampFrequency);
            // The file's own position, not the reader's: for a compressed capture that is what compares with its size.
            record = record with { BytesRead = file.Position, Packets = packets, Flows = sink.Written };
            store.UpsertCapture(record);
            progress?.Report(record);
        }
        // Told after every committed batch too: flows that end together (at the end of the capture) take a while to write.
        var reportingSink = _options.Enricher.Wrap(new BatchReportingSink(sink, Report));
        var statistics = CaptureEngine.Run(reader, _options.Engine, reportingSink, cancellation, engine =>
        {
            packets = engine.Packets;
            Report();
        });
        sink.Complete();
        store.Settle();
        var warnings = Warnings(statistics);
        return record with
        {
            Status = warnings.Count == 0 ? CaptureStatus.Done : CaptureStatus.DoneWithWarnings,
            BytesRead = file.Length,
            Packets = statistics.Packets,
            Flows = sink.Written,
            Warnings = warnings,
            Finished = Now(),
        };
    }

    private sealed class BatchReportingSink(StoreFlowSink inner, Action afterBatch) : IFlowSink
    {
        private long _written;

        public void Write(Flow flow)
        {
            inner.Write(flow);
            if (inner.Written == _written) return;
            _written = inner.Written;
            afterBatch();
        }
    }

    /// <summary>Reader warnings with their byte offsets, and packets no decoder understood (so "processed but nothing shown" has a reason).</summary>
    private static List<string> Warnings(CaptureStatistics statistics)
    {
        var warnings = statistics.Warnings.Select(warning => warning.ToString()).ToList();
        if (statistics.WarningCount > statistics.Warnings.Count)
            warnings.Add($"{statistics.WarningCount - statistics.Warnings.Count} more warnings not kept");
        foreach (var (linkType, count) in statistics.UnsupportedLinkTypes)
            warnings.Add($"{count} packets of link type {(int)linkType} ({linkType}) have no decoder and are counted only");
        return warnings;
    }

    private CaptureRecord Started(CaptureReceived capture)
    {
        string now = Now();
        var known = store.Capture(capture.CaptureId);
        var names = known?.Names ?? [];
        return new CaptureRecord(
            capture.CaptureId,
            capture.Sha256,
            names.Contains(capture.Name) ? names : [.. names, capture.Name],
            capture.Size,
            known?.Source ?? capture.Source,
            CaptureStatus.Processing,
            BytesRead: 0,
            Packets: 0,
            Flows: 0,
            Warnings: [],
            FailureReason: null,
            Received: known?.Received ?? now,
            Started: now,
            Finished: null);
    }

    private static string LocalPath(string storageUri)
    {
        if (Uri.TryCreate(storageUri, UriKind.Absolute, out var uri) && uri.IsFile) return uri.LocalPath;
        throw new NotSupportedException($"storage URI {storageUri} is not a file:// URI this worker can read");
    }

    /// <summary>Why trying again cannot help, or null when it might.</summary>
    private static string? PermanentFailure(CaptureReceived capture, Exception e) => e switch
    {
        CaptureRefusedException => e.Message,
        FileNotFoundException or DirectoryNotFoundException => $"{capture.Name}: not in capture storage ({capture.StorageUri})",
        UnauthorizedAccessException => $"{capture.Name}: not readable ({e.Message})",
        NotSupportedException => $"{capture.Name}: {e.Message}",
        _ => null,
    };

    private string Now() => _options.Clock.GetUtcNow().UtcDateTime.ToString("yyyy-MM-ddTHH:mm:ss.fffZ", System.Globalization.CultureInfo.InvariantCulture);
}
