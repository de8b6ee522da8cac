using PcapSearch.Ingest.Messages;
using PcapSearch.Store;
using PcapSearch.Testing;
using Xunit.Abstractions;

namespace PcapSearch.Bus.Tests;

public sealed class PoisonCaptureTests(RabbitMqNode broker, ITestOutputHelper output) : BusTest(broker, output)
{
    /// <summary>
    /// Bytes that are no capture, and a capture cut inside its file header, go to the error queue at once (one
    /// attempt, no retries) and the catalog says failed with the reason; the good capture beside them is indexed.
    /// </summary>
    [SkippableFact]
    public async Task A_poison_capture_lands_in_the_error_queue_and_the_catalog_says_why()
    {
        Skip.If(Broker.SkipReason != null, Broker.SkipReason);
        string virtualHost = Broker.NewVirtualHost();
        string url = Broker.Url(virtualHost);
        string text = Path.Combine(Root, "notes.pcap");
        File.WriteAllText(text, "{\"this\": \"is JSON, not a capture\"}\n");
        string truncated = Path.Combine(Root, "cut.pcap");
        File.WriteAllBytes(truncated, File.ReadAllBytes(TestCorpus.PathOf("arkime/dns-tcp.pcap"))[..10]);
        string good = TestCorpus.PathOf("arkime/dns-tcp.pcap");
        var worker = StartWorker("worker", url);
        CaptureReceived[] poison;
        await using (var bus = await TestBus.StartAsync(new BusOptions { RabbitMqUrl = url, Consume = false }))
        {
            poison = [await bus.AnnounceAsync(text), await bus.AnnounceAsync(truncated)];
            var healthy = await bus.AnnounceAsync(good);
            await bus.WaitForOutcomesAsync([.. poison.Select(p => p.CaptureId), healthy.CaptureId]);

            Assert.Equal(poison.Select(p => p.CaptureId).Order(), bus.Failed.Select(f => f.CaptureId).Order());
            Assert.Equal([healthy.CaptureId], bus.Indexed.Select(i => i.CaptureId));
        }
        Assert.Equal(2, Broker.QueueDepths(virtualHost)["capture-indexing_error"]);
        Assert.Equal(0, Broker.QueueDepths(virtualHost)["capture-indexing"]);
        Assert.Equal(0, worker.Stop());
        foreach (var capture in poison)
            Assert.Single(worker.Lines, line => WorkerLog.Consumed(line, capture.CaptureId));

        using var store = StoredFlows.Open(Path.Combine(Root, "worker"));
        var notCapture = store.Capture(Captures.Message(text).CaptureId)!;
        Assert.Equal(CaptureStatus.Failed, notCapture.Status);
        Assert.Contains("notes.pcap: not a packet capture (JSON", notCapture.FailureReason);
        var cut = store.Capture(Captures.Message(truncated).CaptureId)!;
        Assert.Equal(CaptureStatus.Failed, cut.Status);
        Assert.StartsWith("cut.pcap: ", cut.FailureReason);
        Assert.NotEqual(CaptureStatus.Failed, store.Capture(Captures.Message(good).CaptureId)!.Status);
    }
}
