namespace PcapSearch.Store.DuckDb;

public sealed partial class DuckDbFlowStore
{
    public FlowHistogram Histogram(FlowQuery query, HistogramRequest request) => throw new NotImplementedException();
}
