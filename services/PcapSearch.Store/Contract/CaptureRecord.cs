namespace PcapSearch.Store;

public enum CaptureStatus
{
    Queued,
    Processing,
    Done,
    DoneWithWarnings,
    Failed,
}

/// <summary>A capture's entry in the catalog: what it is, where it came from and how far its ingestion got.</summary>
/// <param name="Id">The capture id (<see cref="Capture.CaptureIdentity"/>); the same bytes are one capture.</param>
/// <param name="Names">Every file name the capture arrived under, first first.</param>
/// <param name="Source">Where it came from: <c>upload</c>, <c>watch:/path</c>, <c>s3://bucket/key</c>, <c>cli</c>.</param>
/// <param name="Warnings">Reader and decoder warnings, each naming its byte offset.</param>
/// <param name="Times">ISO 8601 UTC: when it was received, started, finished (null until then).</param>
public sealed record CaptureRecord(
    string Id,
    string Sha256,
    IReadOnlyList<string> Names,
    long Size,
    string Source,
    CaptureStatus Status,
    long BytesRead,
    long Packets,
    long Flows,
    IReadOnlyList<string> Warnings,
    string? FailureReason,
    string Received,
    string? Started,
    string? Finished);
