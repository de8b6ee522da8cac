using Xunit.Abstractions;

namespace PcapSearch.Bus.Tests;

/// <summary>What every broker test shares: the node, a temp directory, and the workers it started, whose logs end up in the test output.</summary>
[Collection(RabbitMqCollection.Name)]
public abstract class BusTest(RabbitMqNode broker, ITestOutputHelper output) : IDisposable
{
    private readonly List<(string Name, WorkerProcess Process)> _workers = [];

    protected RabbitMqNode Broker => broker;

    protected ITestOutputHelper Output => output;

    protected string Root { get; } = Directory.CreateTempSubdirectory("pcapsearch-bus-").FullName;

    /// <summary>Starts `pcapsearch worker` on <paramref name="data"/> (under <see cref="Root"/>) without waiting for it.</summary>
    protected WorkerProcess LaunchWorker(string data, string url, params string[] more)
    {
        var worker = WorkerProcess.Launch(Path.Combine(Root, data), url, more);
        _workers.Add(($"{data} #{_workers.Count + 1}", worker));
        return worker;
    }

    protected WorkerProcess StartWorker(string data, string url, params string[] more)
    {
        var worker = LaunchWorker(data, url, more);
        worker.WaitUntilConsuming();
        return worker;
    }

    public void Dispose()
    {
        foreach (var (name, worker) in _workers)
        {
            worker.Dispose();
            output.WriteLine($"--- worker {name}");
            foreach (var line in worker.Lines) output.WriteLine(line);
        }
        Directory.Delete(Root, recursive: true);
        GC.SuppressFinalize(this);
    }
}
