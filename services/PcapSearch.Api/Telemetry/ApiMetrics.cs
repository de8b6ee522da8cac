using Prometheus;
using PcapSearch.Store;

namespace PcapSearch.Api.Telemetry;

/// <summary>
/// The Prometheus registry of one API host (its own, not the process-wide default, so two hosts in one process
/// never mix): HTTP request counts and durations, uploads, and the ingest counters read from the capture
/// catalog at each scrape, which the workers keep current wherever they run.
/// </summary>
public sealed class ApiMetrics
{
    public ApiMetrics(IFlowStore store)
    {
        Registry = Metrics.NewCustomRegistry();
        Factory = Metrics.WithCustomRegistry(Registry);
        Uploads = Factory.CreateCounter("pcapsearch_uploads_total", "Captures received through the upload API.");
        UploadedBytes = Factory.CreateCounter("pcapsearch_upload_bytes_total", "Bytes of the captures received through the upload API.");
        UploadRefusals = Factory.CreateCounter("pcapsearch_upload_refusals_total", "Uploads refused, by HTTP status.", ["status"]);
        var captures = Factory.CreateGauge("pcapsearch_captures", "Captures in the catalog, by status.", ["status"]);
        var packets = Factory.CreateGauge("pcapsearch_ingested_packets", "Packets read from the captures in the catalog.");
        var flows = Factory.CreateGauge("pcapsearch_ingested_flows", "Flows written from the captures in the catalog.");
        var bytes = Factory.CreateGauge("pcapsearch_ingested_bytes", "Capture bytes read by the workers.");
        Registry.AddBeforeCollectCallback(() =>
        {
            var records = store.Captures();
            foreach (var status in Enum.GetValues<CaptureStatus>())
            {
                captures.WithLabels(System.Text.Json.JsonNamingPolicy.KebabCaseLower.ConvertName(status.ToString())).Set(records.Count(r => r.Status == status));
            }
            packets.Set(records.Sum(r => r.Packets));
            flows.Set(records.Sum(r => r.Flows));
            bytes.Set(records.Sum(r => r.BytesRead));
        });
    }

    public CollectorRegistry Registry { get; }

    public IMetricFactory Factory { get; }

    public Counter Uploads { get; }

    public Counter UploadedBytes { get; }

    public Counter UploadRefusals { get; }
}
