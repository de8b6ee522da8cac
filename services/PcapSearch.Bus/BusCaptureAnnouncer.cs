using MassTransit;
using PcapSearch.Ingest;
using PcapSearch.Ingest.Messages;

namespace PcapSearch.Bus;

/// <summary>
/// Announces a stored capture by sending <see cref="CaptureReceived"/> to the workers' queue. Sent rather than
/// published: sending declares the durable queue, so a capture announced while no worker runs waits for one
/// instead of being dropped by an exchange nobody is bound to yet.
/// </summary>
public sealed class BusCaptureAnnouncer(IBus bus, BusOptions options) : ICaptureAnnouncer
{
    public async Task AnnounceAsync(CaptureReceived capture, CancellationToken cancellation = default)
    {
        var queue = await bus.GetSendEndpoint(new Uri($"queue:{options.QueueName}"));
        await queue.Send(capture, cancellation);
    }
}
