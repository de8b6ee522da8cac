using PcapSearch.Store;
using Xunit.Abstractions;

namespace PcapSearch.Bus.Tests;

public sealed class WorkerSharingTests(RabbitMqNode broker, ITestOutputHelper output) : BusTest(broker, output)
{
    /// <summary>
    /// Two worker processes on one broker, each with its own data directory (the embedded store takes one
    /// writing process), share twenty captures: each capture is consumed once, by one worker, and ends in that
    /// worker's catalog with the flows of a clean run.
    /// </summary>
    [SkippableFact]
    public async Task Two_workers_share_twenty_captures_and_index_each_exactly_once()
    {
        Skip.If(Broker.SkipReason != null, Broker.SkipReason);
        string virtualHost = Broker.NewVirtualHost();
        string url = Broker.Url(virtualHost);
        var clean = Captures.Corpus(20).Select(Captures.Message).ToDictionary(capture => capture.CaptureId, StoredFlows.CleanRun);
        var first = LaunchWorker("worker-a", url);
        var second = LaunchWorker("worker-b", url);
        first.WaitUntilConsuming();
        second.WaitUntilConsuming();

        List<string> indexedEvents;
        await using (var bus = await TestBus.StartAsync(new BusOptions { RabbitMqUrl = url, Consume = false }))
        {
            foreach (var path in Captures.Corpus(20)) await bus.AnnounceAsync(path);
            await bus.WaitForOutcomesAsync(clean.Keys);
            Assert.Empty(bus.Failed);
            indexedEvents = bus.Indexed.Select(e => e.CaptureId).ToList();
        }
        Assert.Equal(0, first.Stop());
        Assert.Equal(0, second.Stop());

        var lines = first.Lines.Concat(second.Lines).ToList();
        Assert.All(clean.Keys, id => Assert.Single(lines, line => WorkerLog.Consumed(line, id)));
        Assert.Equal(clean.Keys.Order(), indexedEvents.Order());
        var catalogs = new[] { "worker-a", "worker-b" }.Select(data =>
        {
            using var store = StoredFlows.Open(Path.Combine(Root, data));
            return store.Captures().ToDictionary(record => record.Id, record => (record, StoredFlows.Ids(store, record.Id)));
        }).ToList();
        Assert.All(catalogs, catalog => Assert.NotEmpty(catalog));
        Assert.Equal(clean.Keys.Order(), catalogs.SelectMany(catalog => catalog.Keys).Order());
        foreach (var (id, (cleanRecord, cleanIds)) in clean)
        {
            var (record, ids) = catalogs.Single(catalog => catalog.ContainsKey(id))[id];
            Assert.Contains(record.Status, (CaptureStatus[])[CaptureStatus.Done, CaptureStatus.DoneWithWarnings]);
            Assert.Equal(cleanRecord.Status, record.Status);
            Assert.Equal(cleanRecord.Flows, record.Flows);
            Assert.Equal(cleanIds, ids);
        }
        Assert.Equal(0, Broker.QueueDepths(virtualHost).GetValueOrDefault("capture-indexing"));
    }
}
