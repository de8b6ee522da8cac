namespace PcapSearch.Ingest;

/// <summary>
/// The intake would not take a file for a reason other than its content (that is
/// <see cref="Capture.CaptureRefusedException"/>): a name with path parts, a size over the limit.
/// Nothing of it was kept.
/// </summary>
public sealed class IntakeRefusedException(string message) : Exception(message);
