using DuckDB.NET.Data;
using PcapSearch.Store.DuckDb;

namespace PcapSearch.Store.Tests;

/// <summary>What only the embedded backend has: its catalog of columns and its write options.</summary>
public sealed class DuckDbStoreTests(StoreFixture fixture) : IClassFixture<StoreFixture>
{
    [Fact]
    public void Every_document_field_has_a_column()
    {
        foreach (var name in StoreFixture.Captures.SelectMany(c => FlatDocument.Build(StoreFixture.Source(c), fixture.FlowsByCapture[c], 0, fixture.FlowsByCapture[c].Count)).SelectMany(d => d.Names).Distinct())
        {
            Assert.True(fixture.Store.Catalog.Find(name) is not null, $"no column for {name}");
        }
    }

    [Fact]
    public void Bulk_options_out_of_range_are_refused()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => new DuckDbFlowStore(Path.Combine(fixture.Directory, "x.duckdb"), new BulkOptions { BatchSize = 0 }));
        Assert.Throws<ArgumentOutOfRangeException>(() => new DuckDbFlowStore(Path.Combine(fixture.Directory, "x.duckdb"), new BulkOptions { Writers = 0 }));
    }

    [Fact]
    public void Texts_unique_to_each_flow_are_stored_uncompressed_and_the_others_compressed()
    {
        string path = Path.Combine(fixture.Directory, "compression.duckdb");
        using (var store = new DuckDbFlowStore(path))
        {
            foreach (string capture in StoreFixture.Captures) store.UpsertFlows(StoreFixture.Source(capture), fixture.FlowsByCapture[capture]);
        }
        using var connection = new DuckDBConnection(new DuckDBConnectionStringBuilder { DataSource = path }.ToString());
        connection.Open();
        using var command = connection.CreateCommand();
        command.CommandText = "SELECT column_name, string_agg(DISTINCT compression, ',') FROM pragma_storage_info('flow_rows') " +
            "WHERE segment_type = 'VARCHAR' AND column_name IN ('event.id', 'network.community_id', 'source.mac') GROUP BY ALL ORDER BY 1";
        using var reader = command.ExecuteReader();
        var compression = new Dictionary<string, string>();
        while (reader.Read()) compression[reader.GetString(0)] = reader.GetString(1);
        Assert.Equal("Uncompressed", compression["event.id"]);
        Assert.Equal("Uncompressed", compression["network.community_id"]);
        Assert.NotEqual("Uncompressed", compression["source.mac"]);
    }

    [Fact]
    public void A_new_store_is_written_in_the_newest_storage_format_not_the_default_one()
    {
        string store = Path.Combine(fixture.Directory, "newest.duckdb"), plain = Path.Combine(fixture.Directory, "plain.duckdb");
        using (new DuckDbFlowStore(store)) { }
        Assert.NotEqual(StorageVersion(plain), StorageVersion(store));
    }

    private static string StorageVersion(string path)
    {
        using var connection = new DuckDBConnection(new DuckDBConnectionStringBuilder { DataSource = path }.ToString());
        connection.Open();
        using var version = connection.CreateCommand();
        version.CommandText = "SELECT tags['storage_version'] FROM duckdb_databases() WHERE database_name = current_database()";
        return (string)version.ExecuteScalar()!;
    }

    [Fact]
    public void The_memory_limit_bounds_the_open_database_and_a_bad_one_is_refused()
    {
        string path = Path.Combine(fixture.Directory, "bounded.duckdb");
        using (new DuckDbFlowStore(path, memoryLimit: "300MiB"))
        {
            using var connection = new DuckDBConnection(new DuckDBConnectionStringBuilder { DataSource = path, ["memory_limit"] = "300MiB" }.ToString());
            connection.Open();
            using var setting = connection.CreateCommand();
            setting.CommandText = "SELECT current_setting('memory_limit')";
            Assert.Equal("300.0 MiB", setting.ExecuteScalar());
        }
        var refused = Assert.Throws<DuckDBException>(() => new DuckDbFlowStore(Path.Combine(fixture.Directory, "unbounded.duckdb"), memoryLimit: "plenty"));
        Assert.Contains("memory_limit", refused.Message);
    }
}
