using PcapSearch.Flows.Engine;

namespace PcapSearch.Flows.Tests.Corpus;

/// <summary>The flows and statistics of one capture run through the whole engine with default options.</summary>
public sealed record EngineRun(IReadOnlyList<Flow> Flows, CaptureStatistics Statistics)
{
    public static EngineRun Of(string path, EngineOptions? options = null)
    {
        var flows = new List<Flow>();
        var statistics = CaptureEngine.Run(path, options ?? new EngineOptions(), new CollectingSink(flows));
        return new EngineRun(flows, statistics);
    }

    private sealed class CollectingSink(List<Flow> flows) : IFlowSink
    {
        public void Write(Flow flow) => flows.Add(flow);
    }
}
