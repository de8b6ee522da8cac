namespace PcapSearch.Ingest.Storage;

/// <summary>A capture's bytes in the content-addressed storage.</summary>
/// <param name="Id">The capture id (<see cref="Capture.CaptureIdentity.ContentIdOf"/> of the bytes).</param>
/// <param name="Path">The stored file; its name is <paramref name="Sha256"/>.</param>
/// <param name="AlreadyStored">The same bytes were stored before; this arrival added nothing to disk.</param>
public sealed record StoredCapture(string Id, string Sha256, long Size, string Path, bool AlreadyStored)
{
    /// <summary>Where a worker reads it: a file:// URI.</summary>
    public string Uri => new Uri(Path).AbsoluteUri;
}
