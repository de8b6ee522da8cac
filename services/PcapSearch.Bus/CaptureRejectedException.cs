namespace PcapSearch.Bus;

/// <summary>The capture cannot be indexed however often it is tried (not a capture, missing, unreadable): its message goes to the error queue at once, without retries.</summary>
public sealed class CaptureRejectedException(string reason) : Exception(reason);
