namespace PcapSearch.Ingest.Messages;

/// <summary>A capture is stored and waits for a worker. <paramref name="StorageUri"/> is where a worker reads it (a file:// URI into the data directory's capture storage).</summary>
public sealed record CaptureReceived(string CaptureId, string Sha256, string StorageUri, long Size, string Name, string Source);

/// <summary>How far a worker got, published a few times per second while it reads.</summary>
public sealed record CaptureProgress(string CaptureId, long BytesRead, long Size, long Packets, long Flows);

/// <summary>Every flow of the capture is durably written.</summary>
public sealed record CaptureIndexed(string CaptureId, long Packets, long Flows, int Warnings);

/// <summary>The capture could not be indexed; the catalog record says <see cref="Store.CaptureStatus.Failed"/> with the same reason.</summary>
public sealed record CaptureFailed(string CaptureId, string Reason);
