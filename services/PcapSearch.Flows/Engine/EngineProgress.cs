namespace PcapSearch.Flows.Engine;

/// <summary>How far the engine got: told every <see cref="CaptureEngine.ProgressEveryPackets"/> packets and once at the end; the receiver decides how often to pass it on.</summary>
/// <param name="BytesRead">Bytes of the uncompressed capture consumed.</param>
/// <param name="Flows">Flows handed to the sink so far.</param>
public readonly record struct EngineProgress(long Packets, long BytesRead, long Flows);
