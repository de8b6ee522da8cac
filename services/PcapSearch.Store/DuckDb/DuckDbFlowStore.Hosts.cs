namespace PcapSearch.Store.DuckDb;

public sealed partial class DuckDbFlowStore
{
    public HostDocument? Host(string ip, FlowQuery scope) => throw new NotImplementedException();

    public HostList Hosts(HostQuery query) => throw new NotImplementedException();
}
