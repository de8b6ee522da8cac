using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using PcapSearch.Ingest.S3;
using PcapSearch.Ingest.Watching;
using PcapSearch.Store;

namespace PcapSearch.Ingest.Tests;

public sealed class AddCaptureIntakeTests : IDisposable
{
    private readonly IntakeFixture _fixture = new();

    public void Dispose() => _fixture.Dispose();

    private ServiceProvider Services(IntakeOptions options)
    {
        var services = new ServiceCollection();
        services.AddLogging();
        services.AddSingleton<IFlowStore>(_fixture.Catalog);
        services.AddSingleton<ICaptureAnnouncer>(_fixture.Announcer);
        services.AddCaptureIntake(options);
        return services.BuildServiceProvider();
    }

    [Fact]
    public void Without_a_folder_or_bucket_only_the_intake_is_registered()
    {
        using var provider = Services(new IntakeOptions { DataDirectory = _fixture.DataDirectory });

        Assert.IsType<CaptureIntake>(provider.GetRequiredService<ICaptureIntake>());
        Assert.Empty(provider.GetServices<IHostedService>());
    }

    [Fact]
    public void A_folder_and_a_bucket_each_get_their_hosted_watcher()
    {
        var options = _fixture.Options with { S3 = new S3WatchOptions { Bucket = "b", Endpoint = "http://127.0.0.1:1" } };
        using var provider = Services(options);

        var hosted = provider.GetServices<IHostedService>().ToList();

        Assert.Equal(2, hosted.Count);
        Assert.Contains(hosted, h => h is FolderWatcher);
        Assert.Contains(hosted, h => h is S3BucketWatcher);
    }

    [Fact]
    public async Task The_hosted_folder_watcher_takes_a_file_renamed_into_the_folder()
    {
        using var provider = Services(_fixture.Options with { RescanInterval = TimeSpan.FromMilliseconds(200) });
        var watcher = provider.GetServices<IHostedService>().Single();
        await watcher.StartAsync(CancellationToken.None);
        try
        {
            string partial = Path.Combine(_fixture.WatchDirectory, "live.pcap.part");
            File.WriteAllBytes(partial, IntakeFixture.Bytes(IntakeFixture.Capture));
            File.Move(partial, Path.Combine(_fixture.WatchDirectory, "live.pcap"));

            // Waits for the background service; the bound only keeps a broken build from hanging the suite.
            var deadline = DateTime.UtcNow.AddMinutes(1);
            while (_fixture.Announcer.Announced.Count == 0 && DateTime.UtcNow < deadline) await Task.Delay(50);
        }
        finally
        {
            await watcher.StopAsync(CancellationToken.None);
        }

        Assert.Equal("live.pcap", Assert.Single(_fixture.Announcer.Announced).Name);
    }
}
