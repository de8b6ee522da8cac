using System.Collections.Concurrent;
using MassTransit;
using Microsoft.Extensions.DependencyInjection;
using PcapSearch.Ingest;
using PcapSearch.Ingest.Messages;

namespace PcapSearch.Bus.Tests;

/// <summary>What a producer (api, watch) sees of the bus: it announces captures and hears the workers' events.</summary>
public sealed class TestBus : IAsyncDisposable
{
    private static readonly TimeSpan Patience = TimeSpan.FromMinutes(3);

    private readonly ServiceProvider _services;
    private readonly IBusControl _bus;

    private TestBus(ServiceProvider services)
    {
        _services = services;
        _bus = services.GetRequiredService<IBusControl>();
    }

    public ConcurrentQueue<CaptureIndexed> Indexed { get; } = new();
    public ConcurrentQueue<CaptureFailed> Failed { get; } = new();
    public ConcurrentQueue<CaptureProgress> Progress { get; } = new();

    /// <param name="configure">More services, e.g. the indexer and store when this process is a worker too.</param>
    public static async Task<TestBus> StartAsync(BusOptions options, Action<IServiceCollection>? configure = null)
    {
        var services = new ServiceCollection().AddLogging();
        configure?.Invoke(services);
        var testBus = new TestBus(services.AddCaptureBus(options).BuildServiceProvider());
        await testBus._bus.StartAsync();
        // A temporary (auto-delete) endpoint: it goes away with the test and leaves no durable topology behind.
        var events = testBus._bus.ConnectReceiveEndpoint(new TemporaryEndpointDefinition(), DefaultEndpointNameFormatter.Instance, endpoint =>
        {
            endpoint.Handler<CaptureIndexed>(context => Enqueue(testBus.Indexed, context.Message));
            endpoint.Handler<CaptureFailed>(context => Enqueue(testBus.Failed, context.Message));
            endpoint.Handler<CaptureProgress>(context => Enqueue(testBus.Progress, context.Message));
        });
        await events.Ready;
        return testBus;
    }

    /// <summary>Announces a capture file read in place (see <see cref="Captures.Message"/>), as the intake would after storing it.</summary>
    public async Task<CaptureReceived> AnnounceAsync(string path)
    {
        var capture = Captures.Message(path);
        await AnnounceAsync(capture);
        return capture;
    }

    public Task AnnounceAsync(CaptureReceived capture) => _services.GetRequiredService<ICaptureAnnouncer>().AnnounceAsync(capture);

    /// <summary>Waits until every capture was reported indexed or failed.</summary>
    public async Task WaitForOutcomesAsync(IEnumerable<string> captureIds)
    {
        var waiting = captureIds.ToHashSet();
        var deadline = DateTime.UtcNow + Patience;
        while (!waiting.IsSubsetOf(Indexed.Select(e => e.CaptureId).Concat(Failed.Select(e => e.CaptureId))))
        {
            if (DateTime.UtcNow > deadline) throw new TimeoutException($"{waiting.Count} captures announced, {Indexed.Count} indexed, {Failed.Count} failed");
            await Task.Delay(100);
        }
    }

    private static Task Enqueue<T>(ConcurrentQueue<T> queue, T message)
    {
        queue.Enqueue(message);
        return Task.CompletedTask;
    }

    public async ValueTask DisposeAsync()
    {
        await _bus.StopAsync();
        await _services.DisposeAsync();
    }
}
