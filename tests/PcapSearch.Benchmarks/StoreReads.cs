using System.Diagnostics;
using System.Globalization;
using PcapSearch.Store;
using PcapSearch.Store.DuckDb;

namespace PcapSearch.Benchmarks;

/// <summary>
/// `-- store-reads [FLOWS]`: every read of the embedded store on the store `-- store` loads (10 M flows unless told: the
/// generated capture's flows replayed as captures of 1 M, see <see cref="Store.FlowReplay"/>), made once and kept in
/// $TMPDIR/pcapsearch-benchmarks/ (<see cref="Store.StoreBenchmark.SharedStore"/>), so every figure is on the same data.
/// The first read after opening brings the summary up to date and is timed apart; then each read runs once to warm
/// up and 5 times; prints the median and minimum of wall and CPU time. Not BenchmarkDotNet: one 10 M-flow store is
/// built once and shared by every read.
/// </summary>
public static class StoreReads
{
    public static void Run(TextWriter output, long flows)
    {
        string path = Store.StoreBenchmark.SharedStore(flows, output);
        using var store = new DuckDbFlowStore(path);
        var all = new FlowQuery();
        string[] facetFields = ["network.transport", "network.protocol", "destination.port", "source.ip", "destination.ip"];
        Measure(output, "first read (summary fold, when flows were written since)", () => store.Facets(all, facetFields, 10).Fields.Count, runs: 1);
        string client = (string)store.Facets(all, ["source.ip"], 1).Fields[0].Buckets[0].Value;
        string server = (string)store.Facets(all, ["destination.ip"], 1).Fields[0].Buckets[0].Value;
        string capture = (string)store.Facets(all with { Kql = "event.id:*" }, ["pcap.capture.id"], 1).Fields[0].Buckets[0].Value;
        output.WriteLine($"{flows:N0} flows in {path}; busiest client {client}, busiest server {server}; {Environment.ProcessorCount} cores; load average {LoadAverage()}");

        Measure(output, "facets on 5 fields, top 10", () => store.Facets(all, facetFields, 10).Fields.Count);
        Measure(output, "facets on 5 fields, network.transport:tcp (flows)", () => store.Facets(all with { Kql = "network.transport:tcp and event.id:*" }, facetFields, 10).Fields.Count);
        Measure(output, "histogram auto", () => store.Histogram(all, new HistogramRequest()).Buckets.Count);
        Measure(output, "first page of hits (100, @timestamp desc)", () => store.Search(all with { Limit = 100 }).Hits.Count);
        Measure(output, "facets 5 fields + histogram + first page", () =>
            store.Facets(all, facetFields, 10).Fields.Count + store.Histogram(all, new HistogramRequest()).Buckets.Count + store.Search(all with { Limit = 100 }).Hits.Count);
        Measure(output, "graph ip, bytes, top 500", () => store.Graph(all, new GraphRequest()).Edges.Count);
        Measure(output, "graph ip, bytes, top 500 (flows)", () => store.Graph(all with { Kql = "event.id:*" }, new GraphRequest()).Edges.Count);
        Measure(output, "graph ip-port, flows, top 500", () => store.Graph(all, new GraphRequest { Node = GraphNodeKind.IpPort, Weight = GraphWeight.Flows }).Edges.Count);
        Measure(output, "graph mac, packets, top 500", () => store.Graph(all, new GraphRequest { Node = GraphNodeKind.Mac, Weight = GraphWeight.Packets }).Edges.Count);
        Measure(output, "graph ip, tcp only, top 500", () => store.Graph(all with { Kql = "network.transport:tcp" }, new GraphRequest()).Edges.Count);
        Measure(output, "graph expand busiest client, 2 hops, top 500", () => store.Graph(all, new GraphRequest { Expand = [client], Hops = 2 }).Edges.Count);
        Measure(output, $"host lookup, busiest server {server}", () => store.Host(server, all)!.Peers > 0 ? 1 : 0);
        Measure(output, $"host lookup, busiest server (flows)", () => store.Host(server, all with { Kql = "event.id:*" })!.Peers > 0 ? 1 : 0);
        Measure(output, $"host lookup, busiest client {client}", () => store.Host(client, all)!.Peers > 0 ? 1 : 0);
        Measure(output, "host lookup, an address in no flow", () => store.Host("192.0.2.254", all) is null ? 0 : 1);
        Measure(output, $"host lookup, busiest server in capture {capture} (flows)", () => store.Host(server, all with { Captures = [capture] })!.Peers > 0 ? 1 : 0);
        Measure(output, "hosts top 100 by bytes", () => store.Hosts(new HostQuery { Limit = 100 }).Hosts.Count);
        Measure(output, "histogram auto, split network.protocol top 5", () => store.Histogram(all, new HistogramRequest { SplitField = "network.protocol" }).Buckets.Count);
        Measure(output, "histogram 1m, split destination.port top 5", () => store.Histogram(all, new HistogramRequest { Interval = "1m", SplitField = "destination.port" }).Buckets.Count);
        Measure(output, "statistics of 5 fields", () => store.FieldStatistics(all, ["source.ip", "destination.port", "network.bytes", "@timestamp", "network.protocol"]).Fields.Count);
        Measure(output, "top source.ip by source.bytes", () => store.Facets(all, ["source.ip"], 10, "source.bytes").Fields.Count);
        Measure(output, "export first 10 000 hits", () => store.Export(all with { Limit = 1000 }).Take(10_000).Count());
        output.WriteLine($"load average at the end {LoadAverage()}");
    }

    private static string LoadAverage() => File.Exists("/proc/loadavg") ? File.ReadAllText("/proc/loadavg").Split(' ')[0] : "unknown";

    /// <summary>
    /// Wall time and the process's CPU time per run: on this shared 2-core machine other builds take most of the
    /// cores, so CPU time divided by the cores DuckDB uses is the better guess of the wall time on an idle machine.
    /// </summary>
    private static void Measure(TextWriter output, string name, Func<int> read, int runs = 5)
    {
        int size = runs > 1 ? read() : 0;
        var wall = new List<double>();
        var cpu = new List<double>();
        using var process = Process.GetCurrentProcess();
        for (int i = 0; i < runs; i++)
        {
            process.Refresh();
            var cpuBefore = process.TotalProcessorTime;
            var clock = Stopwatch.StartNew();
            size = read();
            wall.Add(clock.Elapsed.TotalMilliseconds);
            process.Refresh();
            cpu.Add((process.TotalProcessorTime - cpuBefore).TotalMilliseconds);
        }
        wall.Sort();
        cpu.Sort();
        output.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"{name,-60} wall median {wall[runs / 2],7:0} ms (min {wall[0]:0})  cpu median {cpu[runs / 2],7:0} ms (min {cpu[0]:0})  {size} results"));
    }
}
