using System.Collections.Concurrent;
using PcapSearch.Ingest;
using PcapSearch.Ingest.Messages;

namespace PcapSearch.Api.Tests;

/// <summary>The bus's place at the API tests' boundary: keeps what the real intake announced (the bus has its own tests against RabbitMQ).</summary>
public sealed class RecordingAnnouncer : ICaptureAnnouncer
{
    public ConcurrentQueue<CaptureReceived> Messages { get; } = new();

    public Task AnnounceAsync(CaptureReceived capture, CancellationToken cancellation = default)
    {
        Messages.Enqueue(capture);
        return Task.CompletedTask;
    }
}
