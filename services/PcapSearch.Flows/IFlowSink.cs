namespace PcapSearch.Flows;

/// <summary>Receives each flow once, after it has ended.</summary>
public interface IFlowSink
{
    void Write(Flow flow);

    /// <summary>Hands what the sink buffers to where it writes (a document writer's stream); most sinks hold nothing.</summary>
    void Flush()
    {
    }
}
