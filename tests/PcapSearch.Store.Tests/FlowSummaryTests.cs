using DuckDB.NET.Data;
using PcapSearch.Store.DuckDb;
using PcapSearch.Store.Sql;

namespace PcapSearch.Store.Tests;

/// <summary>
/// Which reads the per-capture pair summary answers, and that it sums every stored flow. That both paths give the same
/// answers is the contract suite's (<c>FlowStoreContract.Summaries</c>).
/// </summary>
public sealed class FlowSummaryTests(StoreFixture fixture) : IClassFixture<StoreFixture>
{
    [Theory]
    [InlineData("", null, null, true)]
    [InlineData("network.transport:tcp and destination.port >= 443", null, null, true)]
    [InlineData("source.ip:10.0.0.0/8 or destination.ip:\"2001:db8::1\" or mac:00-1A-2B-3C-4D-5E", null, null, true)]
    [InlineData("not network.protocol:dns", null, null, true)]
    [InlineData("nosuchfield:1", null, null, true)]
    [InlineData("", "now-1d", null, false)]
    [InlineData("", null, "2024-01-01", false)]
    [InlineData("port:443", null, null, false)]
    [InlineData("event.id:*", null, null, false)]
    [InlineData("google", null, null, false)]
    public void The_pair_summary_answers_queries_on_the_fields_it_groups_by_over_all_time(string kql, string? from, string? to, bool summary)
    {
        var query = new FlowQuery { Kql = kql, From = from, To = to, Captures = ["a"] };
        var context = new SqlContext(fixture.Store.Catalog, DateTimeOffset.UnixEpoch);
        string where = context.Translate(Query.KqlParser.Parse(kql)) + " AND \"pcap.capture.id\" IN ($9)";
        Assert.Equal(summary ? FlowSummary.Pairs : FlowSummary.FlowRows, FlowSummary.For(query, where));
    }

    [Fact]
    public void Summary_rows_sum_every_stored_flow_per_capture()
    {
        using var connection = new DuckDBConnection(new DuckDBConnectionStringBuilder { DataSource = System.IO.Path.Combine(fixture.Directory, "flows.duckdb") }.ToString());
        connection.Open();
        using var command = connection.CreateCommand();
        command.CommandText =
            $"SELECT count(*) FROM (SELECT \"pcap.capture.id\", count(*) AS n, sum(\"network.bytes\") AS b FROM flows GROUP BY 1) f " +
            $"FULL JOIN (SELECT \"pcap.capture.id\", sum(flows) AS n, sum(\"network.bytes\") AS b FROM {FlowSummary.PairsTable} GROUP BY 1) s " +
            "USING (\"pcap.capture.id\") WHERE f.n IS DISTINCT FROM s.n OR f.b IS DISTINCT FROM s.b";
        Assert.Equal(0L, Convert.ToInt64(command.ExecuteScalar()));
    }
}
