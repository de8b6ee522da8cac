namespace PcapSearch.Store.DuckDb;

public sealed partial class DuckDbFlowStore
{
    public FlowGraph Graph(FlowQuery query, GraphRequest request) => throw new NotImplementedException();
}
