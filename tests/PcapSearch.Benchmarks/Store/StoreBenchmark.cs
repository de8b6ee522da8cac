using System.Diagnostics;
using System.Globalization;
using PcapSearch.Flows;
using PcapSearch.Flows.Engine;
using PcapSearch.Store;
using PcapSearch.Store.DuckDb;

namespace PcapSearch.Benchmarks.Store;

/// <summary>
/// Issue 3's store benchmark: loads N flows (default 10M, replayed from the generated capture, see
/// <see cref="FlowReplay"/>) into an embedded store through the ingest path (<see cref="StoreFlowSink"/>), then
/// takes the median of several runs of each read the issue sets a target for. Reads a store does not implement yet
/// are reported as such. Written against <see cref="IFlowStore"/>; only the construction names the backend.
/// </summary>
public static class StoreBenchmark
{
    private static readonly string[] FacetFields = ["network.transport", "network.protocol", "destination.port", "source.ip", "destination.ip"];

    public static void Run(StoreBenchmarkOptions options, TextWriter output)
    {
        string directory = options.Directory ?? Path.Combine(Path.GetTempPath(), "pcapsearch-store-bench-" + Environment.ProcessId);
        Directory.CreateDirectory(directory);
        try
        {
            using (var store = new DuckDbFlowStore(Path.Combine(directory, "flows.duckdb"), memoryLimit: options.MemoryLimit))
            {
                var load = Load(store, options, output);
                var rows = new List<(string Operation, double Ms, string Target)>();
                var query = new FlowQuery();
                rows.Add(("first read after the load (folds every flow into the summary)", Measure(1, () => store.Facets(query, FacetFields, 10)), ""));
                var facets = Measure(options.Runs, () => store.Facets(query, FacetFields, 10));
                var histogram = Measure(options.Runs, () => store.Histogram(query, new HistogramRequest()));
                var page = Measure(options.Runs, () => store.Search(query));
                rows.Add(("facets on 5 fields (top 10)", facets, ""));
                rows.Add(("histogram (auto interval)", histogram, ""));
                rows.Add(("first page of hits (100)", page, ""));
                rows.Add(("facets + histogram + first page (sum of the three)", facets + histogram + page, "<= 300"));
                rows.Add(("graph top-500 edges (ip, bytes)", Measure(options.Runs, () => store.Graph(query, new GraphRequest { Top = 500 })), "<= 500"));
                string host = BusiestServer(store);
                rows.Add(($"host lookup ({host})", Measure(options.Runs, () => store.Host(host, query)), "<= 50"));
                Print(output, options, load, rows);
            }
        }
        finally
        {
            if (options.Directory is null) Directory.Delete(directory, recursive: true);
        }
    }

    /// <summary>
    /// The store every read benchmark (<c>store-reads</c>) runs on: <paramref name="flows"/> replayed flows in captures of
    /// 1M, loaded as <c>store</c> loads them (so every figure is on the same data) once into
    /// $TMPDIR/pcapsearch-benchmarks/, then kept.
    /// </summary>
    public static string SharedStore(long flows, TextWriter output)
    {
        string directory = Path.Combine(Path.GetTempPath(), "pcapsearch-benchmarks", $"store-{flows}-v1");
        Directory.CreateDirectory(directory);
        string path = Path.Combine(directory, "flows.duckdb");
        using var store = new DuckDbFlowStore(path);
        var load = Load(store, new StoreBenchmarkOptions(flows, 1, directory, 1_000_000, null), output);
        if (load is not null) output.WriteLine($"loaded: {load.FlowsPerSecond:N0} flows/s; CPU {load.CpuMicrosecondsPerFlow:F1} us/flow");
        return path;
    }

    /// <summary>Replays the generated capture's flows into the store until it holds the requested count; flows per second of the store's time.</summary>
    private static LoadResult? Load(IFlowStore store, StoreBenchmarkOptions options, TextWriter output)
    {
        long stored = store.Search(new FlowQuery { Limit = 1 }).Total;
        if (stored >= options.Flows)
        {
            output.WriteLine($"The store already holds {stored:N0} flows: not loaded again.");
            return null;
        }
        var replay = new FlowReplay(CaptureFlows());
        output.WriteLine($"Loading {options.Flows:N0} flows as captures of {options.CaptureFlows:N0} (the generated capture's {replay.FlowsPerReplica:N0} flows replayed)...");
        var storeTime = new Stopwatch();
        var storeCpu = TimeSpan.Zero;
        long loaded = 0;
        int replica = 0;
        for (int capture = 0; loaded < options.Flows; capture++)
        {
            var sink = new StoreFlowSink(store, new CaptureSource($"bench-{capture:D5}", $"bench-{capture:D5}.pcap"));
            for (long inCapture = 0; inCapture < options.CaptureFlows && loaded < options.Flows; replica++)
            {
                var flows = replay.Replica(replica, (int)Math.Min(replay.FlowsPerReplica, Math.Min(options.CaptureFlows - inCapture, options.Flows - loaded)));
                var cpu = Process.GetCurrentProcess().TotalProcessorTime;
                storeTime.Start();
                foreach (var flow in flows) sink.Write(flow);
                if (inCapture + flows.Count >= options.CaptureFlows || loaded + flows.Count >= options.Flows) sink.Complete();
                storeTime.Stop();
                storeCpu += Process.GetCurrentProcess().TotalProcessorTime - cpu;
                inCapture += flows.Count;
                loaded += flows.Count;
            }
        }
        return new LoadResult(loaded / storeTime.Elapsed.TotalSeconds, storeCpu.TotalMicroseconds / loaded);
    }

    /// <param name="CpuMicrosecondsPerFlow">The process's CPU time (every thread, DuckDB's included) per flow while loading: steadier than the rate on a busy machine.</param>
    private sealed record LoadResult(double FlowsPerSecond, double CpuMicrosecondsPerFlow);

    private static List<Flow> CaptureFlows()
    {
        var workload = Workload.Shared;
        var flows = new CollectingSink();
        CaptureEngine.Run(workload.Open(), new EngineOptions(), flows);
        return flows.Flows;
    }

    private static string BusiestServer(IFlowStore store)
    {
        var top = store.Facets(new FlowQuery(), ["destination.ip"], 1).Fields[0].Buckets;
        return top.Count == 0 ? "10.0.0.1" : (string)top[0].Value;
    }

    /// <summary>Median milliseconds over the runs.</summary>
    private static double Measure(int runs, Action read)
    {
        var times = new List<double>(runs);
        for (int i = 0; i < runs; i++)
        {
            long start = Stopwatch.GetTimestamp();
            read();
            times.Add(Stopwatch.GetElapsedTime(start).TotalMilliseconds);
        }
        times.Sort();
        return times[runs / 2];
    }

    private static void Print(TextWriter output, StoreBenchmarkOptions options, LoadResult? load, List<(string Operation, double Ms, string Target)> rows)
    {
        output.WriteLine();
        output.WriteLine($"| operation (median of {options.Runs}, {options.Flows:N0} flows) | ms | target ms |");
        output.WriteLine("|---|---|---|");
        foreach (var (operation, ms, target) in rows)
        {
            output.WriteLine($"| {operation} | {ms.ToString("F1", CultureInfo.InvariantCulture)} | {target} |");
        }
        output.WriteLine();
        output.WriteLine(load is { } l
            ? $"load: {l.FlowsPerSecond:N0} flows/s (target >= 300,000); CPU {l.CpuMicrosecondsPerFlow:F1} us/flow (all threads)"
            : "load: not measured");
        output.WriteLine($"peak RSS: {Process.GetCurrentProcess().PeakWorkingSet64 / (1024 * 1024):N0} MB");
    }

    private sealed class CollectingSink : IFlowSink
    {
        public List<Flow> Flows { get; } = [];
        public void Write(Flow flow) => Flows.Add(flow);
    }
}

/// <param name="Directory">Where the store lives; kept afterwards (and reused when it already holds the flows). Null: a temp directory, deleted.</param>
/// <param name="CaptureFlows">Flows per replayed capture (each written through its own <see cref="StoreFlowSink"/>).</param>
/// <param name="MemoryLimit">DuckDB's memory_limit (<c>2GB</c>); null: DuckDB's default.</param>
public sealed record StoreBenchmarkOptions(long Flows, int Runs, string? Directory, long CaptureFlows, string? MemoryLimit)
{
    private const string Usage = "store [--flows N] [--runs R] [--dir DIR] [--capture-flows N] [--memory-limit SIZE]";

    /// <summary><see cref="Usage"/>; defaults 10M flows, 5 runs, a temp directory, captures of 1M flows.</summary>
    public static StoreBenchmarkOptions Parse(IReadOnlyList<string> args)
    {
        long flows = 10_000_000;
        int runs = 5;
        string? directory = null;
        long captureFlows = 1_000_000;
        string? memoryLimit = null;
        for (int i = 1; i < args.Count; i++)
        {
            string value = i + 1 < args.Count ? args[i + 1] : throw new ArgumentException($"{args[i]} needs a value.");
            switch (args[i])
            {
                case "--flows": flows = long.Parse(value, NumberStyles.AllowThousands, CultureInfo.InvariantCulture); break;
                case "--runs": runs = int.Parse(value, CultureInfo.InvariantCulture); break;
                case "--dir": directory = value; break;
                case "--capture-flows": captureFlows = long.Parse(value, NumberStyles.AllowThousands, CultureInfo.InvariantCulture); break;
                case "--memory-limit": memoryLimit = value; break;
                default: throw new ArgumentException($"Unknown option {args[i]}: {Usage}");
            }
            i++;
        }
        if (flows < 1 || runs < 1 || captureFlows < 1) throw new ArgumentException("--flows, --runs and --capture-flows must be positive.");
        return new StoreBenchmarkOptions(flows, runs, directory, captureFlows, memoryLimit);
    }
}
