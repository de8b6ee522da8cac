using PcapSearch.Store;
using Xunit.Abstractions;

namespace PcapSearch.Bus.Tests;

public sealed class WorkerKillTests(RabbitMqNode broker, LargeCapture large, ITestOutputHelper output) : BusTest(broker, output)
{
    // Tiny batches keep the worker inside the capture (about a thousand commits) long after each kill point.
    private const int BatchSize = 5;
    private const int KillStep = 100;
    private const int Kills = 5;

    /// <summary>
    /// A worker is killed with SIGKILL in the middle of a capture five times, each time after more of its flows
    /// were committed (at least 100, 200 … 500); the broker hands the unacknowledged message to the next worker started on the same data.
    /// In the end the store holds exactly the documents of a clean run: none lost, none twice.
    /// </summary>
    [SkippableFact]
    public async Task A_worker_killed_mid_capture_five_times_leaves_exactly_the_flows_of_a_clean_run()
    {
        Skip.If(Broker.SkipReason != null, Broker.SkipReason);
        string url = Broker.Url(Broker.NewVirtualHost());
        var capture = Captures.Message(large.Path);
        var (cleanRecord, cleanIds) = StoredFlows.CleanRun(capture);
        Assert.True(cleanIds.Count > KillStep * Kills * 5, $"the generated capture has only {cleanIds.Count} flows");
        string data = Path.Combine(Root, "worker");

        await using var bus = await TestBus.StartAsync(new BusOptions { RabbitMqUrl = url, Consume = false });
        await bus.AnnounceAsync(capture);
        for (int kill = 1; kill <= Kills; kill++)
        {
            var worker = StartWorker("worker", url, "--batch-size", BatchSize.ToString());
            worker.WaitForLine(line => WorkerLog.FlowsStored(line, capture.CaptureId) >= kill * KillStep);
            worker.Kill();
            Assert.Equal(kill > 1, worker.Lines.Any(line => WorkerLog.Redelivered(line, capture.CaptureId)));

            using var store = StoredFlows.Open(data);
            var interrupted = store.Capture(capture.CaptureId)!;
            Assert.Equal(CaptureStatus.Processing, interrupted.Status);
            Assert.InRange(StoredFlows.Ids(store, capture.CaptureId).Count, kill * KillStep, cleanIds.Count - 1);
            Assert.InRange(interrupted.BytesRead, 1, capture.Size);
        }

        var last = StartWorker("worker", url, "--batch-size", BatchSize.ToString());
        last.WaitForLine(line => WorkerLog.Indexed(line, capture.CaptureId));
        Assert.Equal(0, last.Stop());
        using (var store = StoredFlows.Open(data))
        {
            var record = store.Capture(capture.CaptureId)!;
            Assert.Equal(cleanRecord.Status, record.Status);
            Assert.Equal(cleanIds.Count, record.Flows);
            Assert.Equal(capture.Size, record.BytesRead);
            Assert.Equal(cleanIds, StoredFlows.Ids(store, capture.CaptureId));
        }
        await bus.WaitForOutcomesAsync([capture.CaptureId]);
        Assert.Single(bus.Indexed);
        Assert.NotEmpty(bus.Progress);
        Assert.All(bus.Progress, progress => Assert.InRange(progress.BytesRead, 0, capture.Size));
    }
}
