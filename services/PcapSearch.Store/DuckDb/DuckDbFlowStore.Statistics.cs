namespace PcapSearch.Store.DuckDb;

public sealed partial class DuckDbFlowStore
{
    public FlowFieldStatistics FieldStatistics(FlowQuery query, IReadOnlyList<string> fields) => throw new NotImplementedException();
}
