using PcapSearch.Capture;
using PcapSearch.Decoding;

namespace PcapSearch.Flows.Engine;

public sealed record EngineOptions
{
    public CaptureReaderOptions Reader { get; init; } = CaptureReaderOptions.Default;
    public DecoderOptions Decoder { get; init; } = new();
    public FlowOptions Flows { get; init; } = FlowOptions.Default;

    /// <summary>A tcpdump-syntax capture filter applied to every raw frame; null keeps all.</summary>
    public string? Filter { get; init; }
}
