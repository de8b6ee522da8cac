using DuckDB.NET.Data;
using PcapSearch.Store.Catalog;
using PcapSearch.Store.DuckDb;

namespace PcapSearch.Store.Tests;

/// <summary>A data directory written by an earlier version opens with this version's columns and keeps every flow.</summary>
public sealed class StoreUpgradeTests
{
    private static readonly FlowQuery ById = new() { Limit = 1000, SortField = "event.id", Direction = SortDirection.Ascending };

    [Fact]
    public void A_flow_table_without_later_columns_is_brought_up_to_date_with_its_rows_kept()
    {
        string directory = Directory.CreateTempSubdirectory("pcapsearch-upgrade-").FullName;
        string path = Path.Combine(directory, "flows.duckdb");
        try
        {
            string first = StoreFixture.Captures[0], second = StoreFixture.Captures[1];
            FlowHits before;
            using (var store = new DuckDbFlowStore(path))
            {
                store.UpsertFlows(StoreFixture.Source(first), StoreFixture.FlowsOf(first));
                before = store.Search(ById);
            }
            // What an earlier version left: no enrichment columns, no batch column, no summary tables.
            using (var connection = new DuckDBConnection(new DuckDBConnectionStringBuilder { DataSource = path }.ToString()))
            {
                connection.Open();
                using var command = connection.CreateCommand();
                command.CommandText = string.Join("; ",
                    new[] { "source.geo.country_iso_code", "destination.as.number", "pcap.source.mac_vendor", FlowTable.BatchColumn }
                        .Select(c => $"ALTER TABLE {FlowTable.Stored} DROP COLUMN \"{c}\"")
                        .Concat(FlowSummary.Tables.Select(t => $"DROP TABLE {t}")));
                command.ExecuteNonQuery();
            }

            using (var store = new DuckDbFlowStore(path))
            {
                var after = store.Search(ById);
                Assert.Equal(before.Total, after.Total);
                Assert.Equal(before.Hits.Select(h => h.Id), after.Hits.Select(h => h.Id));

                store.UpsertFlows(StoreFixture.Source(second), StoreFixture.FlowsOf(second));
                long expected = before.Total + StoreFixture.FlowsOf(second).Count;
                Assert.Equal(expected, store.Search(new FlowQuery { Limit = 1 }).Total);
                Assert.Equal(expected, store.Facets(new FlowQuery(), ["network.transport"], 10).Total);
            }
        }
        finally
        {
            Directory.Delete(directory, recursive: true);
        }
    }

    /// <summary>
    /// Earlier versions stored every column in the table <c>flows</c>, computed ones included (constants, sums, the
    /// network type, TCP flag names): its rows move to the stored table, and each flow reads back the same.
    /// </summary>
    [Fact]
    public void A_flow_table_storing_every_column_moves_to_the_stored_table_and_reads_the_same()
    {
        string directory = Directory.CreateTempSubdirectory("pcapsearch-upgrade-").FullName;
        string path = Path.Combine(directory, "flows.duckdb");
        try
        {
            FlowHits before;
            using (var store = new DuckDbFlowStore(path))
            {
                foreach (string capture in StoreFixture.Captures) store.UpsertFlows(StoreFixture.Source(capture), StoreFixture.FlowsOf(capture));
                before = store.Search(ById);
            }
            Assert.Contains(before.Hits, hit => hit.Fields.ContainsKey("pcap.tcp_flags.destination"));
            Assert.Contains(before.Hits, hit => ((string)hit.Fields["source.ip"]).Contains(':'));
            using (var connection = new DuckDBConnection(new DuckDBConnectionStringBuilder { DataSource = path }.ToString()))
            {
                connection.Open();
                string storedOnly = string.Join(", ", FlowTable.StoredColumns(FlowCatalog.Flows)
                    .Where(c => c.Source == ColumnSource.TcpFlagBits)
                    .Select(c => $"\"{c.Name}\""));
                using var command = connection.CreateCommand();
                command.CommandText = string.Join("; ",
                    new[] { $"CREATE TABLE wide AS SELECT * EXCLUDE ({storedOnly}) FROM flows", "DROP VIEW flows", $"DROP TABLE {FlowTable.Stored}", "ALTER TABLE wide RENAME TO flows" }
                        .Concat(FlowSummary.Tables.Select(t => $"DROP TABLE {t}")));
                command.ExecuteNonQuery();
            }

            using (var store = new DuckDbFlowStore(path))
            {
                var after = store.Search(ById);
                Assert.Equal(before.Total, after.Total);
                Assert.Equal(before.Hits.Select(Describe), after.Hits.Select(Describe));
            }
        }
        finally
        {
            Directory.Delete(directory, recursive: true);
        }
    }

    private static string Describe(FlowHit hit) =>
        string.Join("; ", hit.Fields.OrderBy(f => f.Key, StringComparer.Ordinal)
            .Select(f => f.Key + "=" + (f.Value is System.Collections.IEnumerable list and not string ? string.Join(",", list.Cast<object>()) : f.Value)));
}
