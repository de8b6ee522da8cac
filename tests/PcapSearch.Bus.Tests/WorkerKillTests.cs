using PcapSearch.Store;

namespace PcapSearch.Bus.Tests;

[Collection(RabbitMqCollection.Name)]
public sealed class WorkerKillTests(RabbitMqNode broker) : IDisposable
{
    private const int BatchSize = 500;
    private const int Kills = 5;

    private readonly string _root = Directory.CreateTempSubdirectory("pcapsearch-bus-").FullName;

    /// <summary>
    /// A worker is killed with SIGKILL in the middle of a capture five times, each time after more of its flows
    /// were committed; the broker hands the unacknowledged message to the next worker started on the same data.
    /// In the end the store holds exactly the documents of a clean run: none lost, none twice.
    /// </summary>
    [SkippableFact]
    public async Task A_worker_killed_mid_capture_five_times_leaves_exactly_the_flows_of_a_clean_run()
    {
        Skip.If(broker.SkipReason != null, broker.SkipReason);
        string url = broker.Url(broker.NewVirtualHost());
        var capture = Captures.Message(Captures.Generated(_root, 100));
        var (cleanRecord, cleanIds) = StoredFlows.CleanRun(capture);
        Assert.True(cleanIds.Count > BatchSize * (Kills + 2), $"the generated capture has only {cleanIds.Count} flows");
        string data = Path.Combine(_root, "worker");

        await using var bus = await TestBus.StartAsync(new BusOptions { RabbitMqUrl = url, Consume = false });
        await bus.AnnounceAsync(capture);
        for (int kill = 1; kill <= Kills; kill++)
        {
            using (var worker = WorkerProcess.Start(data, url, "--batch-size", BatchSize.ToString()))
            {
                worker.WaitForLine(line => WorkerLog.FlowsStored(line, capture.CaptureId) >= kill * BatchSize);
                worker.Kill();
                if (kill > 1) Assert.Contains(worker.Lines, line => line.Contains(capture.CaptureId, StringComparison.Ordinal) && line.Contains("redelivery True", StringComparison.Ordinal));
            }
            using var store = StoredFlows.Open(data);
            var interrupted = store.Capture(capture.CaptureId)!;
            int stored = StoredFlows.Ids(store, capture.CaptureId).Count;
            Assert.Equal(CaptureStatus.Processing, interrupted.Status);
            Assert.InRange(stored, kill * BatchSize, cleanIds.Count - 1);
            Assert.InRange(interrupted.BytesRead, 1, capture.Size - 1);
        }

        using (var worker = WorkerProcess.Start(data, url, "--batch-size", BatchSize.ToString()))
        {
            worker.WaitForLine(line => WorkerLog.Indexed(line, capture.CaptureId));
            Assert.Equal(0, worker.Stop());
        }
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

    public void Dispose() => Directory.Delete(_root, recursive: true);
}
