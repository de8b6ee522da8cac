using PcapSearch.Store.DuckDb;
using PcapSearch.Store.Tests.Contract;

namespace PcapSearch.Store.Tests;

/// <summary>The embedded backend: a DuckDB file per store in a temp directory.</summary>
public sealed class DuckDbBackend : FlowStoreBackend
{
    private readonly string _directory = Directory.CreateTempSubdirectory("pcapsearch-contract-").FullName;

    /// <summary>The summary folded a few flows per transaction, so that the contract's summary answers cross slices.</summary>
    public override IFlowStore OpenEmpty(TimeProvider clock) =>
        new DuckDbFlowStore(Path.Combine(_directory, Guid.NewGuid().ToString("N") + ".duckdb"), new BulkOptions { BatchSize = 4, FoldFlows = 5 }, clock: clock);

    protected override void Dispose(bool disposing)
    {
        try { Directory.Delete(_directory, recursive: true); } catch (IOException) { }
    }
}

public sealed class DuckDbStoreContract(FlowStoreContractFixture<DuckDbBackend> fixture) : FlowStoreContract<DuckDbBackend>(fixture);
