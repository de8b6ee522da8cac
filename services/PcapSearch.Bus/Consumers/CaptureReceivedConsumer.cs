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
    private static readonly TimeSpan OutcomePublishTimeout = TimeSpan.FromSeconds(30);

    public async Task Consume(ConsumeContext<CaptureReceived> context)
    {
        var capture = context.Message;
        log.LogInformation("{CaptureId} {Name}: indexing {Size} bytes (attempt {Attempt}, redelivery {Redelivery})",
            capture.CaptureId, capture.Name, capture.Size, context.GetRetryAttempt() + 1, context.ReceiveContext.Redelivered);

        if (context.ReceiveContext.Redelivered && store.Capture(capture.CaptureId) is { Status: CaptureStatus.Done or CaptureStatus.DoneWithWarnings } done)
        {
            // The worker before us committed every flow but lost the broker (or died) before acknowledging.
            log.LogInformation("{CaptureId} {Name}: already indexed before this redelivery", capture.CaptureId, capture.Name);
            await PublishOutcome(context, new CaptureIndexed(capture.CaptureId, done.Packets, done.Flows, done.Warnings.Count));
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
            // One progress message in flight at a time, off this loop and never awaited: a slow broker (the first
            // publish declares the exchange) skips progress messages, and one that is away must not hold the consumer.
            if (publishing.IsCompleted) publishing = Task.Run(() => TellProgress(context, record));
        }

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
            await PublishOutcome(context, new CaptureFailed(capture.CaptureId, reason));
            throw new CaptureRejectedException(reason);
        }
        log.LogInformation("{CaptureId} {Name}: indexed, {Packets} packets, {Flows} flows stored, {Warnings} warnings",
            capture.CaptureId, capture.Name, final.Packets, final.Flows, final.Warnings.Count);
        await PublishOutcome(context, new CaptureIndexed(capture.CaptureId, final.Packets, final.Flows, final.Warnings.Count));
    }

    /// <summary>
    /// Publishes the outcome, waiting at most <see cref="OutcomePublishTimeout"/>: with the broker away, a publish
    /// can wait for a reconnection that does not come while this consumer holds its delivery. The flows are
    /// written either way; an unacknowledged delivery comes back and finds the capture done.
    /// </summary>
    private async Task PublishOutcome<T>(ConsumeContext<CaptureReceived> context, T message) where T : class
    {
        using var timeout = new CancellationTokenSource(OutcomePublishTimeout);
        try
        {
            await context.Publish(message, timeout.Token);
        }
        catch (Exception e)
        {
            log.LogWarning(e, "{CaptureId}: {Message} not published", context.Message.CaptureId, typeof(T).Name);
        }
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
        int attempt = context.GetRetryAttempt() + 1, attempts = options.RetryLimit + 1;
        bool lastAttempt = attempt >= attempts;
        log.LogWarning(failure, "{CaptureId} {Name}: attempt {Attempt} of {Attempts} failed", context.Message.CaptureId, context.Message.Name, attempt, attempts);
        try
        {
            if (store.Capture(context.Message.CaptureId) is { } record)
            {
                store.UpsertCapture(lastAttempt
                    ? record with { Status = CaptureStatus.Failed, FailureReason = $"gave up after {attempts} attempts: {failure.Message}" }
                    : record with { Status = CaptureStatus.Queued, FailureReason = $"attempt {attempt} failed, retrying: {failure.Message}" });
            }
        }
        catch (Exception e)
        {
            log.LogError(e, "{CaptureId}: the catalog could not record the failure", context.Message.CaptureId);
        }
        if (lastAttempt) await PublishOutcome(context, new CaptureFailed(context.Message.CaptureId, failure.Message));
    }
}
