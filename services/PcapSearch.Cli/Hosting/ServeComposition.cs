using Microsoft.Extensions.DependencyInjection;
using PcapSearch.Cli.Verbs;
using PcapSearch.Store;

namespace PcapSearch.Cli.Hosting;

/// <summary>What each role that serves the API runs besides the API itself. The one place a role's parts are chosen.</summary>
public static class ServeComposition
{
    /// <summary>
    /// serve: the embedded store of the data directory, and (to be added here when those parts are merged) the capture
    /// intake with the watched folder (<c>services.AddCaptureIntake</c>) and the in-memory bus with its worker
    /// (<c>services.AddCaptureBus</c>). api: the store, and the intake announcing over RabbitMQ. Until an intake is
    /// registered, uploads answer 503 and --demo says it cannot ingest.
    /// </summary>
    public static void AddRoles(IServiceCollection services, HostSettings settings)
    {
        services.AddSingleton<IFlowStore>(_ => DataDirectory.OpenStore(settings.Data));
    }
}
