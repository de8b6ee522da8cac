namespace PcapSearch.Flows;

/// <summary>Receives each flow once, after it has ended.</summary>
public interface IFlowSink
{
    void Write(Flow flow);
}
