namespace PcapSearch.Flows.Engine;

/// <summary>Which capture the flows come from: its id (the SHA-256 of its bytes) and the name it was given.</summary>
public sealed record CaptureSource(string Id, string FileName);
