using Xunit.Abstractions;

namespace PcapSearch.Bus.Tests;

public sealed class BrokerRestartTests(RabbitMqNode broker, LargeCapture large, ITestOutputHelper output) : BusTest(broker, output)
{
    /// <summary>
    /// The whole broker node stops and starts again while a worker is in the middle of a capture and more wait
    /// in the queue: the queued messages survive on disk, the worker reconnects, and every capture ends indexed
    /// with the flows of a clean run.
    /// </summary>
    [SkippableFact]
    public async Task Ingestion_completes_when_the_broker_restarts_mid_ingest()
    {
        Skip.If(Broker.SkipReason != null, Broker.SkipReason);
        string url = Broker.Url(Broker.NewVirtualHost());
        var big = Captures.Message(large.Path);
        var captures = Captures.Corpus(4).Select(Captures.Message).Prepend(big).ToList();
        var clean = captures.ToDictionary(capture => capture.CaptureId, StoredFlows.CleanRun);

        await using (var bus = await TestBus.StartAsync(new BusOptions { RabbitMqUrl = url, Consume = false }))
        {
            foreach (var capture in captures) await bus.AnnounceAsync(capture);
        }
        // Small batches keep the worker inside the big capture for seconds after its first commit.
        var worker = StartWorker("worker", url, "--batch-size", "5");
        worker.WaitForLine(line => WorkerLog.FlowsStored(line, big.CaptureId) > 0);
        Broker.Restart();
        foreach (var capture in captures) worker.WaitForLine(line => WorkerLog.Indexed(line, capture.CaptureId));
        Assert.Equal(0, worker.Stop());

        // The broker went down while the worker held the big capture's delivery: it came back as a redelivery.
        Assert.Contains(worker.Lines, line => WorkerLog.Redelivered(line, big.CaptureId));

        using var store = StoredFlows.Open(Path.Combine(Root, "worker"));
        foreach (var (id, (cleanRecord, cleanIds)) in clean)
        {
            var record = store.Capture(id)!;
            Assert.Equal(cleanRecord.Status, record.Status);
            Assert.Null(record.FailureReason);
            Assert.Equal(cleanIds, StoredFlows.Ids(store, id));
        }
    }
}
