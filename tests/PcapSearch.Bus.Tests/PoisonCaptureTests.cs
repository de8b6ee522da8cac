using PcapSearch.Store;
using PcapSearch.Testing;

namespace PcapSearch.Bus.Tests;

[Collection(RabbitMqCollection.Name)]
public sealed class PoisonCaptureTests(RabbitMqNode broker) : IDisposable
{
    private readonly string _root = Directory.CreateTempSubdirectory("pcapsearch-bus-").FullName;

    /// <summary>
    /// Bytes that are no capture, and a capture cut inside its file header, go to the error queue at once (one
    /// attempt, no retries) and the catalog says failed with the reason; the good capture beside them is indexed.
    /// </summary>
    [SkippableFact]
    public async Task A_poison_capture_lands_in_the_error_queue_and_the_catalog_says_why()
    {
        Skip.If(broker.SkipReason != null, broker.SkipReason);
        string virtualHost = broker.NewVirtualHost();
        string url = broker.Url(virtualHost);
        string text = Path.Combine(_root, "notes.pcap");
        File.WriteAllText(text, "{\"this\": \"is JSON, not a capture\"}\n");
        string truncated = Path.Combine(_root, "cut.pcap");
        File.WriteAllBytes(truncated, File.ReadAllBytes(TestCorpus.PathOf("arkime/dns-tcp.pcap"))[..10]);
        string good = TestCorpus.PathOf("arkime/dns-tcp.pcap");
        string data = Path.Combine(_root, "worker");

        using var worker = WorkerProcess.Start(data, url);
        await using (var bus = await TestBus.StartAsync(new BusOptions { RabbitMqUrl = url, Consume = false }))
        {
            var poison = new[] { await bus.AnnounceAsync(text), await bus.AnnounceAsync(truncated) };
            var healthy = await bus.AnnounceAsync(good);
            await bus.WaitForOutcomesAsync([.. poison.Select(p => p.CaptureId), healthy.CaptureId]);

            Assert.Equal(poison.Select(p => p.CaptureId).Order(), bus.Failed.Select(f => f.CaptureId).Order());
            Assert.Equal([healthy.CaptureId], bus.Indexed.Select(i => i.CaptureId));
            foreach (var capture in poison)
                Assert.Single(worker.Lines, line => line.Contains(capture.CaptureId + " ", StringComparison.Ordinal) && line.Contains(": indexing ", StringComparison.Ordinal));
        }
        Assert.Equal(2, broker.QueueDepths(virtualHost)["capture-indexing_error"]);
        Assert.Equal(0, broker.QueueDepths(virtualHost)["capture-indexing"]);
        Assert.Equal(0, worker.Stop());

        using var store = StoredFlows.Open(data);
        var notCapture = store.Capture(Captures.Message(text).CaptureId)!;
        Assert.Equal(CaptureStatus.Failed, notCapture.Status);
        Assert.Contains("notes.pcap: not a packet capture (JSON", notCapture.FailureReason);
        var cut = store.Capture(Captures.Message(truncated).CaptureId)!;
        Assert.Equal(CaptureStatus.Failed, cut.Status);
        Assert.StartsWith("cut.pcap: ", cut.FailureReason);
        Assert.NotEqual(CaptureStatus.Failed, store.Capture(Captures.Message(good).CaptureId)!.Status);
    }

    public void Dispose() => Directory.Delete(_root, recursive: true);
}
