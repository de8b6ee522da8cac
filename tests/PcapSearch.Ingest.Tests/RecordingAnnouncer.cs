using System.Collections.Concurrent;
using PcapSearch.Ingest.Messages;

namespace PcapSearch.Ingest.Tests;

/// <summary>The intake's boundary: keeps what would have gone on the bus.</summary>
public sealed class RecordingAnnouncer : ICaptureAnnouncer
{
    private readonly ConcurrentQueue<CaptureReceived> _announced = new();

    public IReadOnlyList<CaptureReceived> Announced => _announced.ToArray();

    public Task AnnounceAsync(CaptureReceived capture, CancellationToken cancellation = default)
    {
        _announced.Enqueue(capture);
        return Task.CompletedTask;
    }
}
