using System.Diagnostics;
using System.Globalization;
using DuckDB.NET.Data;
using PcapSearch.Store;
using PcapSearch.Store.DuckDb;

namespace PcapSearch.Benchmarks;

/// <summary>
/// `-- store-reads [ROWS]`: the embedded store's reads on a synthetic flow table (10 M rows unless told), made once
/// with SQL straight into the store's own schema and kept in $TMPDIR/pcapsearch-benchmarks/: 10 000 clients (a few
/// busy, a long tail), each talking half the time to a shared pool of 100 servers (resolvers, proxies; heavily
/// skewed) and otherwise to its own 8 servers out of 20 000, so 10 M flows make about half a million address pairs
/// as a site's day does (independent random ends would make 8 M, every flow its own edge); ports, MACs,
/// tcp/udp/icmp, dns/http/tls, one day of timestamps. Each read runs once to warm up, then 5 times; prints the median and range.
/// Not BenchmarkDotNet: one 10 M-row table is built once and shared by every read.
/// </summary>
public static class StoreReads
{
    public static void Run(TextWriter output, long rows)
    {
        string directory = Path.Combine(Path.GetTempPath(), "pcapsearch-benchmarks");
        Directory.CreateDirectory(directory);
        string path = Path.Combine(directory, $"store-reads-v2-{rows}.duckdb");
        if (!File.Exists(path)) Generate(path, rows, output);

        using var store = new DuckDbFlowStore(path);
        var all = new FlowQuery();
        string busiest = store.Facets(all, ["source.ip"], 1).Fields[0].Buckets[0].Value.ToString()!;
        output.WriteLine($"{rows:N0} flows in {path}; busiest client {busiest}; {Environment.ProcessorCount} cores; load average {(File.Exists("/proc/loadavg") ? File.ReadAllText("/proc/loadavg").Split(' ')[0] : "unknown")}");
        string[] facetFields = ["network.transport", "network.protocol", "destination.port", "source.ip", "destination.ip"];
        Measure(output, "facets on 5 fields, top 10", () => store.Facets(all, facetFields, 10).Fields.Count);
        Measure(output, "first page of hits (100, @timestamp desc)", () => store.Search(all with { Limit = 100 }).Hits.Count);
        Measure(output, "facets 5 fields + histogram + first page", () =>
            store.Facets(all, facetFields, 10).Fields.Count + store.Histogram(all, new HistogramRequest()).Buckets.Count + store.Search(all with { Limit = 100 }).Hits.Count);
        Measure(output, "graph ip, bytes, top 500", () => store.Graph(all, new GraphRequest()).Edges.Count);
        Measure(output, "graph ip-port, flows, top 500", () => store.Graph(all, new GraphRequest { Node = GraphNodeKind.IpPort, Weight = GraphWeight.Flows }).Edges.Count);
        Measure(output, "graph mac, packets, top 500", () => store.Graph(all, new GraphRequest { Node = GraphNodeKind.Mac, Weight = GraphWeight.Packets }).Edges.Count);
        Measure(output, "graph ip, tcp only, top 500", () => store.Graph(all with { Kql = "network.transport:tcp" }, new GraphRequest()).Edges.Count);
        Measure(output, "graph expand busiest, 2 hops, top 500", () => store.Graph(all, new GraphRequest { Expand = [busiest], Hops = 2 }).Edges.Count);
        Measure(output, "histogram auto", () => store.Histogram(all, new HistogramRequest()).Buckets.Count);
        Measure(output, "histogram auto, split network.protocol top 5", () => store.Histogram(all, new HistogramRequest { SplitField = "network.protocol" }).Buckets.Count);
        Measure(output, "histogram 1m, split destination.port top 5", () => store.Histogram(all, new HistogramRequest { Interval = "1m", SplitField = "destination.port" }).Buckets.Count);
        Measure(output, "statistics of 5 fields", () => store.FieldStatistics(all, ["source.ip", "destination.port", "network.bytes", "@timestamp", "network.protocol"]).Fields.Count);
        Measure(output, "top source.ip by source.bytes", () => store.Facets(all, ["source.ip"], 10, "source.bytes").Fields.Count);
        Measure(output, "export first 10 000 hits", () => store.Export(all with { Limit = 1000 }).Take(10_000).Count());
    }

    /// <summary>
    /// Wall time and the process's CPU time per run: on this shared 2-core machine other builds take most of the
    /// cores, so CPU time divided by the cores DuckDB uses is the better guess of the wall time on an idle machine.
    /// </summary>
    private static void Measure(TextWriter output, string name, Func<int> read)
    {
        int size = read();
        var wall = new List<double>();
        var cpu = new List<double>();
        using var process = Process.GetCurrentProcess();
        for (int i = 0; i < 5; i++)
        {
            process.Refresh();
            var cpuBefore = process.TotalProcessorTime;
            var clock = Stopwatch.StartNew();
            read();
            wall.Add(clock.Elapsed.TotalMilliseconds);
            process.Refresh();
            cpu.Add((process.TotalProcessorTime - cpuBefore).TotalMilliseconds);
        }
        wall.Sort();
        cpu.Sort();
        output.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"{name,-48} wall median {wall[2],7:0} ms (min {wall[0]:0})  cpu median {cpu[2],7:0} ms (min {cpu[0]:0})  {size} results"));
    }

    private static void Generate(string path, long rows, TextWriter output)
    {
        var clock = Stopwatch.StartNew();
        using (new DuckDbFlowStore(path))
        {
            // The store made the schema; fill it in the same process (DuckDB.NET shares the open database).
            using var connection = new DuckDBConnection(new DuckDBConnectionStringBuilder { DataSource = path }.ToString());
            connection.Open();
            using var command = connection.CreateCommand();
            command.CommandText = $"""
                SELECT setseed(0.3);
                INSERT INTO flows ("@timestamp", "event.id", "source.ip", "source.ip#text", "source.port", "source.mac", "source.bytes", "source.packets",
                    "destination.ip", "destination.ip#text", "destination.port", "destination.mac", "destination.bytes", "destination.packets",
                    "network.transport", "network.protocol", "network.bytes", "network.packets", "pcap.capture.id", "_digits")
                SELECT ts, 'f' || i, (281470681743360 + client)::UHUGEINT, client_text, 1024 + i % 60000, client_mac, sb, sp,
                    (281470681743360 + server)::UHUGEINT, server_text, CASE WHEN transport = 'icmp' THEN NULL ELSE port END, server_mac, db, dp,
                    transport, CASE WHEN port = 53 THEN ['dns'] WHEN port = 80 THEN ['http'] WHEN port = 443 THEN ['tls'] ELSE NULL END,
                    sb + db, sp + dp, 'bench', 6
                FROM (
                    SELECT i, ts, client, server, port, transport, sb, db, sp, dp,
                        (client >> 24) || '.' || ((client >> 16) & 255) || '.' || ((client >> 8) & 255) || '.' || (client & 255) AS client_text,
                        (server >> 24) || '.' || ((server >> 16) & 255) || '.' || ((server >> 8) & 255) || '.' || (server & 255) AS server_text,
                        '02-00-' || upper(lpad(to_hex(client & 65535), 4, '0')) || '-00-01' AS client_mac,
                        '02-00-' || upper(lpad(to_hex(server & 65535), 4, '0')) || '-00-02' AS server_mac
                    FROM (
                        SELECT range AS i,
                            1767225600000000000 + range * (86400000000000 // {rows}) AS ts,
                            167772160 + c AS client,
                            3232235520 + CASE WHEN random() < 0.5 THEN floor(pow(random(), 4) * 100)::BIGINT
                                ELSE (c * 7919 + floor(pow(random(), 2) * 8)::BIGINT * 104729) % 20000 END AS server,
                            [53, 80, 443, 22, 445, 3389, 8080, 123][1 + floor(pow(random(), 2) * 8)::INT] AS port,
                            CASE WHEN random() < 0.02 THEN 'icmp' WHEN random() < 0.3 THEN 'udp' ELSE 'tcp' END AS transport,
                            60 + floor(random() * 4000)::BIGINT AS sb, 60 + floor(pow(random(), 2) * 60000)::BIGINT AS db,
                            1 + floor(random() * 20)::BIGINT AS sp, 1 + floor(random() * 60)::BIGINT AS dp
                        FROM (SELECT range, floor(pow(random(), 2) * 10000)::BIGINT AS c FROM range({rows}))));
                CHECKPOINT;
                """;
            command.ExecuteNonQuery();
        }
        output.WriteLine($"generated {rows:N0} flows in {clock.Elapsed.TotalSeconds:0.0} s");
    }
}
