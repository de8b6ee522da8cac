using System.Globalization;
using DuckDB.NET.Data;
using PcapSearch.Store.DuckDb;

namespace PcapSearch.Benchmarks;

/// <summary>
/// A DuckDB flow store of <see cref="Flows"/> generated flows for the read benchmarks, made once into a temp
/// directory (the file name carries <see cref="Version"/>) by one INSERT ... SELECT over range(): loading
/// 10M flows through the write path would take minutes and measure the writer, not the reads.
/// Shape: 10 captures of 1M flows, 7 days of time in flow order (as ingest writes them), 20 000 IPv4 clients
/// (10.0.x.x) each talking to servers (172.16.x.x) picked from 5 000 with a steep skew (server 0 is in ~6% of
/// the flows), one flow in ten a DNS lookup at one of four resolvers whose answer resolves the server's name.
/// </summary>
public static class SyntheticFlowStore
{
    public const long Flows = 10_000_000;
    private const int Version = 1;

    /// <summary>Made on first use (after <see cref="Sql"/>: static fields initialise in order).</summary>
    public static string Path => Lazy.Value;

    private static readonly Lazy<string> Lazy = new(Create);

    private static string Create()
    {
        string directory = System.IO.Path.Combine(System.IO.Path.GetTempPath(), "pcapsearch-benchmarks");
        Directory.CreateDirectory(directory);
        string path = System.IO.Path.Combine(directory, $"synthetic-{Flows}-v{Version}.duckdb");
        if (File.Exists(path)) return path;
        string partial = path + "." + Environment.ProcessId + ".partial";
        new DuckDbFlowStore(partial).Dispose(); // the store creates its own schema
        using (var connection = new DuckDBConnection(new DuckDBConnectionStringBuilder { DataSource = partial }.ToString()))
        {
            connection.Open();
            using var command = connection.CreateCommand();
            command.CommandText = Sql;
            command.ExecuteNonQuery();
            command.CommandText = "CHECKPOINT";
            command.ExecuteNonQuery();
        }
        File.Move(partial, path);
        return path;
    }

    private static readonly string Sql = $"""
        CREATE TEMP MACRO mapped(v4) AS 281470681743360 + v4;
        CREATE TEMP MACRO v4_text(v4) AS concat_ws('.', v4 // 16777216, (v4 // 65536) % 256, (v4 // 256) % 256, v4 % 256);
        INSERT INTO flows ("@timestamp", "event.id", "event.kind", "event.start", "event.end", "event.duration",
            "source.ip", "source.ip#text", "source.port", "source.mac", "source.bytes", "source.packets",
            "destination.ip", "destination.ip#text", "destination.port", "destination.mac", "destination.bytes", "destination.packets",
            "network.transport", "network.type", "network.protocol", "network.bytes", "network.packets",
            "dns.question.name", "dns.answers.name", "dns.resolved_ip", "dns.resolved_ip#text",
            "tls.client.server_name", "pcap.capture.id", "pcap.capture.file", "pcap.tcp_flags.destination", "_digits")
        WITH g AS (
            SELECT i, 1700000000000000000 + i * 60480000 AS ts, hash(i) AS h1, hash(i + 100000000000) AS h2, hash(i + 200000000000) AS h3
            FROM range({Flows.ToString(CultureInfo.InvariantCulture)}) t(i)),
        p AS (
            SELECT *, 167772416 + h1 % 20000 AS client,
                2886729728 + CAST(floor(pow((h3 % 1000000) / 1000000.0, 3) * 5000) AS BIGINT) AS server,
                3232235573 + h1 % 4 AS resolver, h2 % 10 = 0 AS dns, CAST(h3 % 4 AS INTEGER) AS kind,
                CAST(h2 % 5000000000 AS BIGINT) AS duration, CAST(200 + h1 % 50000 AS BIGINT) AS up, CAST(200 + h2 % 500000 AS BIGINT) AS down
            FROM g),
        f AS (
            SELECT *, CASE WHEN dns THEN resolver ELSE server END AS responder,
                CASE WHEN dns THEN 53 ELSE [443, 80, 22, 8080][kind + 1] END AS port,
                's' || (server - 2886729728) || '.example.com' AS name
            FROM p)
        SELECT ts, i::VARCHAR, 'event', ts, ts + duration, duration,
            mapped(client), v4_text(client), 1024 + h1 % 60000, '02-00-00-00-' || printf('%02X-%02X', (client // 256) % 256, client % 256), up, 1 + up // 1000,
            mapped(responder), v4_text(responder), port, '02-00-00-00-00-01', down, 1 + down // 1000,
            CASE WHEN dns THEN 'udp' ELSE 'tcp' END, 'ipv4', CASE WHEN dns THEN ['dns'] WHEN port = 443 THEN ['tls'] WHEN port IN (80, 8080) THEN ['http'] ELSE ['ssh'] END,
            up + down, 2 + (up + down) // 1000,
            CASE WHEN dns THEN [name] END, CASE WHEN dns THEN [name] END, CASE WHEN dns THEN [mapped(server)] END, CASE WHEN dns THEN [v4_text(server)] END,
            CASE WHEN NOT dns AND port = 443 THEN name END, 'bench-' || (i // 1000000), 'bench-' || (i // 1000000) || '.pcap',
            CASE WHEN dns THEN NULL ELSE ['SYN', 'ACK', 'PSH', 'FIN'] END, 6
        FROM f
        """;
}
