namespace PcapSearch.Flows.Engine;

/// <summary>
/// Which capture the flows come from: its id (the content id of its bytes, see
/// <see cref="Capture.CaptureIdentity"/>) and the name it was given.
/// </summary>
public sealed record CaptureSource(string Id, string FileName);
