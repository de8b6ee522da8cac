using MassTransit;
using Microsoft.Extensions.Logging;
using PcapSearch.Ingest;
using PcapSearch.Ingest.Indexing;
using PcapSearch.Ingest.Messages;
using PcapSearch.Store;

namespace PcapSearch.Bus.Consumers;

/// <summary>
/// Indexes one announced capture and returns only when its last batch of flows is committed, so the broker's
/// acknowledgement follows the durable write. Publishes <see cref="CaptureProgress"/> while it reads, then
/// <see cref="CaptureIndexed"/> or <see cref="CaptureFailed"/>. A capture that can never be indexed is thrown
/// out as <see cref="CaptureRejectedException"/> (error queue, no retry); a transient failure escapes to the
/// retry policy, and the catalog says so.
/// </summary>
public sealed class CaptureReceivedConsumer(ICaptureIndexer indexer, IFlowStore store, BusOptions options, ILogger<CaptureReceivedConsumer> log)
    : IConsumer<CaptureReceived>
{
    public async Task Consume(ConsumeContext<CaptureReceived> context)
    {
        var capture = context.Message;
        log.LogInformation("{CaptureId} {Name}: indexing {Size} bytes (attempt {Attempt}, redelivery {Redelivery})",
            capture.CaptureId, capture.Name, capture.Size, context.GetRetryAttempt() + 1, context.ReceiveContext.Redelivered);

        if (context.ReceiveContext.Redelivered && store.Capture(capture.CaptureId) is { Status: CaptureStatus.Done or CaptureStatus.DoneWithWarnings } done)
        {
            // The worker before us committed every flow but lost the broker (or died) before acknowledging.
            log.LogInformation("{CaptureId} {Name}: already indexed before this redelivery", capture.CaptureId, capture.Name);
            await context.Publish(new CaptureIndexed(capture.CaptureId, done.Packets, done.Flows, done.Warnings.Count));
            return;
        }

        CaptureRecord? latest = null;
        var indexing = Task.Factory.StartNew(
            () => indexer.Index(capture, new ProgressAction<CaptureRecord>(record => Volatile.Write(ref latest, record)), context.CancellationToken),
            context.CancellationToken, TaskCreationOptions.LongRunning, TaskScheduler.Default);

        CaptureRecord? told = null;
        var publishing = Task.CompletedTask;
        while (await Task.WhenAny(indexing, Task.Delay(options.ProgressInterval)) != indexing)
        {
            var record = Volatile.Read(ref latest);
            if (record == null || ReferenceEquals(record, told) || record.Status != CaptureStatus.Processing) continue;
            told = record;
            log.LogInformation("{CaptureId} {Name}: {BytesRead} of {Size} bytes read, {Flows} flows stored",
                record.Id, capture.Name, record.BytesRead, record.Size, record.Flows);
            // One progress message in flight at a time, off this loop: a slow broker (the first publish declares the
            // exchange) skips progress messages, it never holds up indexing or the log.
            if (publishing.IsCompleted) publishing = Task.Run(() => TellProgress(context, record));
        }
        await publishing;

        CaptureRecord final;
        try
        {
            final = await indexing;
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            await RecordTransientFailure(context, e);
            throw;
        }

        if (final.Status == CaptureStatus.Failed)
        {
            string reason = final.FailureReason ?? "failed";
            log.LogWarning("{CaptureId} {Name}: rejected: {Reason}", capture.CaptureId, capture.Name, reason);
            await context.Publish(new CaptureFailed(capture.CaptureId, reason));
            throw new CaptureRejectedException(reason);
        }
        log.LogInformation("{CaptureId} {Name}: indexed, {Packets} packets, {Flows} flows stored, {Warnings} warnings",
            capture.CaptureId, capture.Name, final.Packets, final.Flows, final.Warnings.Count);
        await context.Publish(new CaptureIndexed(capture.CaptureId, final.Packets, final.Flows, final.Warnings.Count));
    }

    private async Task TellProgress(ConsumeContext<CaptureReceived> context, CaptureRecord record)
    {
        try
        {
            await context.Publish(new CaptureProgress(record.Id, record.BytesRead, record.Size, record.Packets, record.Flows));
        }
        catch (Exception e)
        {
            log.LogDebug(e, "{CaptureId}: progress not published", record.Id);
        }
    }

    /// <summary>Tells the catalog the attempt failed: queued again while retries remain, failed with the reason after the last.</summary>
    private async Task RecordTransientFailure(ConsumeContext<CaptureReceived> context, Exception failure)
    {
        bool lastAttempt = context.GetRetryAttempt() >= options.RetryLimit;
        log.LogWarning(failure, "{CaptureId} {Name}: attempt {Attempt} of {Attempts} failed", context.Message.CaptureId, context.Message.Name,
            context.GetRetryAttempt() + 1, options.RetryLimit + 1);
        try
        {
            if (store.Capture(context.Message.CaptureId) is not { } record) return;
            store.UpsertCapture(lastAttempt
                ? record with { Status = CaptureStatus.Failed, FailureReason = $"gave up after {options.RetryLimit + 1} attempts: {failure.Message}" }
                : record with { Status = CaptureStatus.Queued, FailureReason = $"attempt {context.GetRetryAttempt() + 1} failed, retrying: {failure.Message}" });
            if (lastAttempt) await context.Publish(new CaptureFailed(record.Id, failure.Message));
        }
        catch (Exception e)
        {
            log.LogError(e, "{CaptureId}: the catalog could not record the failure", context.Message.CaptureId);
        }
    }
}
