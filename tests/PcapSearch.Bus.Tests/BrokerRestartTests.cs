using PcapSearch.Store;

namespace PcapSearch.Bus.Tests;

[Collection(RabbitMqCollection.Name)]
public sealed class BrokerRestartTests(RabbitMqNode broker) : IDisposable
{
    private readonly string _root = Directory.CreateTempSubdirectory("pcapsearch-bus-").FullName;

    /// <summary>
    /// The whole broker node stops and starts again while a worker is in the middle of a capture and more wait
    /// in the queue: the queued messages survive on disk, the worker reconnects, and every capture ends indexed
    /// with the flows of a clean run.
    /// </summary>
    [SkippableFact]
    public async Task Ingestion_completes_when_the_broker_restarts_mid_ingest()
    {
        Skip.If(broker.SkipReason != null, broker.SkipReason);
        string url = broker.Url(broker.NewVirtualHost());
        var big = Captures.Message(Captures.Generated(_root, 60));
        var captures = Captures.Corpus(4).Select(Captures.Message).Prepend(big).ToList();
        var clean = captures.ToDictionary(capture => capture.CaptureId, StoredFlows.CleanRun);
        string data = Path.Combine(_root, "worker");

        await using (var bus = await TestBus.StartAsync(new BusOptions { RabbitMqUrl = url, Consume = false }))
        {
            foreach (var capture in captures) await bus.AnnounceAsync(capture);
        }
        using (var worker = WorkerProcess.Start(data, url, "--batch-size", "500"))
        {
            worker.WaitForLine(line => WorkerLog.FlowsStored(line, big.CaptureId) > 0);
            broker.Restart();
            foreach (var capture in captures) worker.WaitForLine(line => WorkerLog.Indexed(line, capture.CaptureId));
            Assert.Equal(0, worker.Stop());
        }

        using var store = StoredFlows.Open(data);
        foreach (var (id, (cleanRecord, cleanIds)) in clean)
        {
            var record = store.Capture(id)!;
            Assert.Equal(cleanRecord.Status, record.Status);
            Assert.Null(record.FailureReason);
            Assert.Equal(cleanIds, StoredFlows.Ids(store, id));
        }
    }

    public void Dispose() => Directory.Delete(_root, recursive: true);
}
