using Microsoft.Extensions.DependencyInjection;
using PcapSearch.Bus;
using PcapSearch.Cli.Verbs;
using PcapSearch.Enrichment;
using PcapSearch.Ingest;
using PcapSearch.Ingest.Indexing;
using PcapSearch.Ingest.S3;
using PcapSearch.Store;

namespace PcapSearch.Cli.Hosting;

/// <summary>What each role that serves the API runs besides the API itself. The one place a role's parts are chosen.</summary>
public static class ServeComposition
{
    /// <summary>
    /// serve: the embedded store of the data directory, the capture intake with the watched folder (and the bucket
    /// when <c>PCAPSEARCH_S3_BUCKET</c> is set), and the bus with a worker in this process.
    /// api: the store and the intake (uploads); with a broker (<c>PCAPSEARCH_RABBITMQ_URL</c>) it only announces
    /// captures and the worker role indexes them; without one it indexes them itself, so no upload waits for nobody.
    /// Captures indexed here go through <paramref name="enricher"/>.
    /// </summary>
    public static void AddRoles(IServiceCollection services, HostSettings settings, FlowEnricher enricher)
    {
        services.AddSingleton<IFlowStore>(_ => DataDirectory.OpenStore(settings.Data));
        services.AddCaptureIntake(new IntakeOptions
        {
            DataDirectory = settings.Data.FullName,
            WatchDirectory = settings.Watch?.FullName,
            S3 = S3WatchOptions.FromEnvironment(),
            MaxCaptureBytes = settings.Api.MaxUploadBytes,
        });
        var bus = BusOptions.FromEnvironment();
        bool serve = settings.Watch is not null;
        services.AddCaptureBus(bus with { Consume = serve || bus.RabbitMqUrl is null });
        services.AddSingleton(enricher);
        services.AddSingleton<ICaptureIndexer>(provider => new CaptureIndexer(provider.GetRequiredService<IFlowStore>(), new IndexerOptions { Enricher = enricher }));
    }
}
