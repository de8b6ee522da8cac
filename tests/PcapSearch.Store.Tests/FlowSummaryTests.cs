using DuckDB.NET.Data;
using PcapSearch.Store.DuckDb;
using PcapSearch.Store.Sql;

namespace PcapSearch.Store.Tests;

/// <summary>
/// Which reads the pair summary answers, and that it sums every stored flow. That both paths give the same
/// answers is the contract suite's (<c>FlowStoreContract.Summaries</c>).
/// </summary>
public sealed class FlowSummaryTests(StoreFixture fixture) : IClassFixture<StoreFixture>
{
    [Theory]
    [InlineData("", null, null, null, true)]
    [InlineData("network.transport:tcp and destination.port >= 443", null, null, null, true)]
    [InlineData("source.ip:10.0.0.0/8 or destination.ip:\"2001:db8::1\" or mac:00-1A-2B-3C-4D-5E", null, null, null, true)]
    [InlineData("not network.protocol:dns", null, null, null, true)]
    [InlineData("nosuchfield:1", null, null, null, true)]
    [InlineData("", null, null, "id-a", false)]
    [InlineData("", "now-1d", null, null, false)]
    [InlineData("", null, "2024-01-01", null, false)]
    [InlineData("port:443", null, null, null, false)]
    [InlineData("event.id:*", null, null, null, false)]
    [InlineData("google", null, null, null, false)]
    public void The_pair_summary_answers_queries_on_the_fields_it_groups_by_over_every_capture_and_all_time(string kql, string? from, string? to, string? capture, bool summary)
    {
        var query = new FlowQuery { Kql = kql, From = from, To = to, Captures = capture is null ? null : [capture] };
        var context = new SqlContext(fixture.Store.Catalog, DateTimeOffset.UnixEpoch);
        string where = context.Translate(Query.KqlParser.Parse(kql)) + (capture is null ? "" : " AND \"pcap.capture.id\" IN ($9)");
        Assert.Equal(summary ? FlowSummary.Pairs : FlowSummary.FlowRows, FlowSummary.For(query, where));
    }

    [Fact]
    public void After_a_read_the_summary_sums_every_stored_flow()
    {
        fixture.Store.Facets(new FlowQuery(), ["source.ip"], 1);
        Assert.True(SummarySumsEveryFlow(fixture.Directory));
    }

    [Fact]
    public void Settling_the_store_folds_the_written_flows_before_any_read()
    {
        var directory = Directory.CreateTempSubdirectory("pcapsearch-settle-");
        try
        {
            using (var store = new DuckDbFlowStore(Path.Combine(directory.FullName, "flows.duckdb")))
            {
                var (capture, flows) = fixture.FlowsByCapture.First();
                store.UpsertFlows(StoreFixture.Source(capture), flows);
                Assert.False(SummarySumsEveryFlow(directory.FullName));
                store.Settle();
                Assert.True(SummarySumsEveryFlow(directory.FullName));
            }
        }
        finally
        {
            directory.Delete(recursive: true);
        }
    }

    /// <summary>Whether the pair summary of the store in <paramref name="directory"/> counts every flow, its bytes and its captures.</summary>
    private static bool SummarySumsEveryFlow(string directory)
    {
        using var connection = new DuckDBConnection(new DuckDBConnectionStringBuilder { DataSource = Path.Combine(directory, "flows.duckdb") }.ToString());
        connection.Open();
        using var command = connection.CreateCommand();
        command.CommandText =
            $"SELECT coalesce((SELECT count(*) FROM flows) = (SELECT sum(flows) FROM {FlowSummary.PairsTable}) " +
            $"AND (SELECT sum(\"network.bytes\") FROM flows) = (SELECT sum(\"network.bytes\") FROM {FlowSummary.PairsTable}) " +
            $"AND (SELECT list_sort(list(DISTINCT \"pcap.capture.id\")) FROM flows) = (SELECT list_sort(list_distinct(flatten(list(captures)))) FROM {FlowSummary.PairsTable}), false)";
        return (bool)command.ExecuteScalar()!;
    }
}
