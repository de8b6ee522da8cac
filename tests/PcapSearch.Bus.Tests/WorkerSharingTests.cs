using PcapSearch.Store;

namespace PcapSearch.Bus.Tests;

[Collection(RabbitMqCollection.Name)]
public sealed class WorkerSharingTests(RabbitMqNode broker) : IDisposable
{
    private readonly string _root = Directory.CreateTempSubdirectory("pcapsearch-bus-").FullName;

    /// <summary>
    /// Two worker processes on one broker, each with its own data directory (the embedded store takes one
    /// writing process), share twenty captures: each capture is in exactly one worker's catalog, indexed once,
    /// with the flows of a clean run.
    /// </summary>
    [SkippableFact]
    public async Task Two_workers_share_twenty_captures_and_index_each_exactly_once()
    {
        Skip.If(broker.SkipReason != null, broker.SkipReason);
        string virtualHost = broker.NewVirtualHost();
        string url = broker.Url(virtualHost);
        var clean = Captures.Corpus(20).Select(Captures.Message).ToDictionary(capture => capture.CaptureId, StoredFlows.CleanRun);
        string[] data = [Path.Combine(_root, "worker-a"), Path.Combine(_root, "worker-b")];
        using var first = WorkerProcess.Launch(data[0], url);
        using var second = WorkerProcess.Launch(data[1], url);
        first.WaitUntilConsuming();
        second.WaitUntilConsuming();

        await using (var bus = await TestBus.StartAsync(new BusOptions { RabbitMqUrl = url, Consume = false }))
        {
            foreach (var path in Captures.Corpus(20)) await bus.AnnounceAsync(path);
            await bus.WaitForOutcomesAsync(clean.Keys);
            Assert.Empty(bus.Failed);
            Assert.Equal(clean.Keys.Order(), bus.Indexed.Select(e => e.CaptureId).Order());
        }
        Assert.Equal(0, first.Stop());
        Assert.Equal(0, second.Stop());

        var catalogs = data.Select(dir =>
        {
            using var store = StoredFlows.Open(dir);
            return store.Captures().ToDictionary(record => record.Id, record => (record, StoredFlows.Ids(store, record.Id)));
        }).ToList();
        Assert.All(catalogs, catalog => Assert.NotEmpty(catalog));
        Assert.Equal(clean.Keys.Order(), catalogs.SelectMany(catalog => catalog.Keys).Order());
        foreach (var (id, (cleanRecord, cleanIds)) in clean)
        {
            var (record, ids) = catalogs.Single(catalog => catalog.ContainsKey(id))[id];
            Assert.Equal(cleanRecord.Status, record.Status);
            Assert.Contains(record.Status, (CaptureStatus[])[CaptureStatus.Done, CaptureStatus.DoneWithWarnings]);
            Assert.Equal(cleanIds, ids);
            Assert.Equal(cleanRecord.Flows, record.Flows);
        }
        var consumed = first.Lines.Concat(second.Lines).Where(line => line.Contains(": indexing ", StringComparison.Ordinal));
        Assert.Equal(clean.Keys.Order(), consumed.Select(line => clean.Keys.Single(line.Contains)).Order());
        Assert.Equal(0, broker.QueueDepths(virtualHost).GetValueOrDefault("capture-indexing"));
    }

    public void Dispose() => Directory.Delete(_root, recursive: true);
}
