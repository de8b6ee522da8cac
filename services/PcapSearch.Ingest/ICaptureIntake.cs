using PcapSearch.Store;

namespace PcapSearch.Ingest;

/// <summary>
/// The one way in for a capture, whatever brought it (upload, watched folder, bucket, CLI): stores the bytes
/// content-addressed (the same bytes twice are one capture; a new name is added to its record), records it in
/// the catalog as queued and announces it to the workers.
/// </summary>
public interface ICaptureIntake
{
    /// <param name="name">The file name it arrived under (no directory parts).</param>
    /// <param name="source">Where it came from: <c>upload</c>, <c>watch:/path</c>, <c>s3://bucket/key</c>, <c>cli</c>.</param>
    Task<CaptureRecord> SubmitAsync(Stream content, string name, string source, CancellationToken cancellation = default);
}
