using PcapSearch.Ingest.Messages;

namespace PcapSearch.Ingest;

/// <summary>Tells the workers a stored capture waits: published on the bus (in memory inside <c>serve</c>, RabbitMQ when configured).</summary>
public interface ICaptureAnnouncer
{
    Task AnnounceAsync(CaptureReceived capture, CancellationToken cancellation = default);
}
