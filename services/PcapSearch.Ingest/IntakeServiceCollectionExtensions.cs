using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Hosting;
using PcapSearch.Ingest.S3;
using PcapSearch.Ingest.Storage;
using PcapSearch.Ingest.Watching;

namespace PcapSearch.Ingest;

public static class IntakeServiceCollectionExtensions
{
    /// <summary>
    /// Registers the capture storage, the intake (<see cref="ICaptureIntake"/>) and, when the options name
    /// them, the folder and bucket watchers as hosted services. The host registers the catalog
    /// (<see cref="Store.IFlowStore"/>) and the bus (<see cref="ICaptureAnnouncer"/>).
    /// </summary>
    public static IServiceCollection AddCaptureIntake(this IServiceCollection services, IntakeOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        ArgumentException.ThrowIfNullOrEmpty(options.DataDirectory);
        services.TryAddSingleton(TimeProvider.System);
        services.AddSingleton(options);
        services.AddSingleton(new CaptureStorage(options.DataDirectory, options.MaxCaptureBytes));
        services.AddSingleton<CaptureIntake>();
        services.AddSingleton<ICaptureIntake>(provider => provider.GetRequiredService<CaptureIntake>());
        if (options.WatchDirectory != null)
        {
            services.AddSingleton<FolderWatcher>();
            services.AddSingleton<IHostedService>(provider => provider.GetRequiredService<FolderWatcher>());
        }
        if (options.S3 != null)
        {
            services.AddSingleton<S3BucketWatcher>();
            services.AddSingleton<IHostedService>(provider => provider.GetRequiredService<S3BucketWatcher>());
        }
        return services;
    }
}
