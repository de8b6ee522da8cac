using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Engines;
using PcapSearch.Store;
using PcapSearch.Store.DuckDb;

namespace PcapSearch.Benchmarks;

/// <summary>Host lookup (target: 50 ms on 10M flows) and the ranked host list on <see cref="SyntheticFlowStore"/>; each operation is long, so one call per iteration (Monitoring).</summary>
[SimpleJob(RunStrategy.Monitoring, launchCount: 1, warmupCount: 1, iterationCount: 7)]
public class HostBenchmarks
{
    private DuckDbFlowStore _store = null!;

    [GlobalSetup]
    public void Open() => _store = new DuckDbFlowStore(SyntheticFlowStore.Path);

    [GlobalCleanup]
    public void Close() => _store.Dispose();

    /// <summary>The busiest server: in ~6% of all flows, and resolved by ~6% of the DNS lookups.</summary>
    [Benchmark]
    public HostDocument? BusiestServer() => _store.Host("172.16.0.0", new FlowQuery());

    /// <summary>A client with ~500 flows.</summary>
    [Benchmark]
    public HostDocument? Client() => _store.Host("10.0.1.77", new FlowQuery());

    [Benchmark]
    public HostDocument? Absent() => _store.Host("192.0.2.1", new FlowQuery());

    [Benchmark]
    public HostDocument? BusiestServerInOneCapture() => _store.Host("172.16.0.0", new FlowQuery { Captures = ["bench-3"] });

    [Benchmark]
    public HostDocument? ClientWithKql() => _store.Host("10.0.1.77", new FlowQuery { Kql = "destination.port:443" });

    [Benchmark]
    public HostList Top100ByBytes() => _store.Hosts(new HostQuery { Limit = 100 });

    [Benchmark]
    public HostList Top100ByPeers() => _store.Hosts(new HostQuery { Limit = 100, Order = HostOrder.Peers });
}
