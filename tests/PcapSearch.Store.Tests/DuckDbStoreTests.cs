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
    }
}
