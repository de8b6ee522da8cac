namespace PcapSearch.Store.DuckDb;

public sealed partial class DuckDbFlowStore
{
    public IEnumerable<FlowHit> Export(FlowQuery query) => throw new NotImplementedException();
}
