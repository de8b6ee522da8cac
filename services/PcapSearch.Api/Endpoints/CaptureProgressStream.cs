using System.Net.ServerSentEvents;
using System.Runtime.CompilerServices;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;
using PcapSearch.Store;

namespace PcapSearch.Api.Endpoints;

/// <summary>
/// A capture's progress as server-sent events: the catalog record, polled four times a second and sent when it
/// changed (and every 15 s regardless, so proxies keep the stream open). Event <c>progress</c> while queued or
/// processing; the stream ends with <c>done</c> (done or done with warnings), <c>failed</c>, or <c>deleted</c>.
/// Polling the catalog works the same whether the worker runs in this process or on another machine.
/// </summary>
public static class CaptureProgressStream
{
    private static readonly TimeSpan Poll = TimeSpan.FromMilliseconds(250);
    private static readonly TimeSpan Heartbeat = TimeSpan.FromSeconds(15);

    public static Results<ServerSentEventsResult<CaptureRecord?>, ProblemHttpResult> Stream(string id, [FromServices] IFlowStore store, [FromServices] TimeProvider clock, CancellationToken cancellation)
    {
        var first = store.Capture(id);
        if (first is null) return CaptureEndpoints.NoSuchCapture(id);
        return TypedResults.ServerSentEvents(Events(id, first, store, clock, cancellation));
    }

    private static async IAsyncEnumerable<SseItem<CaptureRecord?>> Events(string id, CaptureRecord first, IFlowStore store, TimeProvider clock,
        [EnumeratorCancellation] CancellationToken cancellation)
    {
        CaptureRecord? record = first;
        object? sent = null;
        long sentAt = 0;
        while (true)
        {
            if (record is null)
            {
                yield return new SseItem<CaptureRecord?>(null, "deleted");
                yield break;
            }
            string kind = EventOf(record.Status);
            var seen = (record.Status, record.BytesRead, record.Packets, record.Flows, record.Warnings.Count);
            if (kind != "progress" || !seen.Equals(sent) || clock.GetElapsedTime(sentAt) >= Heartbeat)
            {
                yield return new SseItem<CaptureRecord?>(record, kind);
                if (kind != "progress") yield break;
                sent = seen;
                sentAt = clock.GetTimestamp();
            }
            await Task.Delay(Poll, clock, cancellation);
            record = store.Capture(id);
        }
    }

    private static string EventOf(CaptureStatus status) => status switch
    {
        CaptureStatus.Done or CaptureStatus.DoneWithWarnings => "done",
        CaptureStatus.Failed => "failed",
        _ => "progress",
    };
}
