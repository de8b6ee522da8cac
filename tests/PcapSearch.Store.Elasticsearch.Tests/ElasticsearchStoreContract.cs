using PcapSearch.Store.Tests.Contract;

namespace PcapSearch.Store.Elasticsearch.Tests;

/// <summary>The Elasticsearch backend for the contract suite: each store gets its own index prefix on the <see cref="ElasticsearchServer"/>.</summary>
public sealed class ElasticsearchBackend : FlowStoreBackend
{
    private readonly ElasticsearchServer _server = new();

    public ElasticsearchBackend() => _server.InitializeAsync().GetAwaiter().GetResult();

    public override string? SkipReason => _server.SkipReason;

    public override IFlowStore OpenEmpty(TimeProvider clock) => new ElasticsearchFlowStore(_server.Options(), clock);

    protected override void Dispose(bool disposing) => _server.DisposeAsync().GetAwaiter().GetResult();
}

public sealed class ElasticsearchStoreContract(FlowStoreContractFixture<ElasticsearchBackend> fixture) : FlowStoreContract<ElasticsearchBackend>(fixture);
