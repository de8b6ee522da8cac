using PcapSearch.Capture;
using PcapSearch.Ingest.Messages;

namespace PcapSearch.Ingest.Indexing;

/// <summary>A capture file indexed where it lies (the CLI's `ingest`, tests) rather than from capture storage.</summary>
public static class CaptureInPlace
{
    /// <summary>The message a worker would get for the file: both ids from one read of it, its file:// URI, size and name.</summary>
    public static CaptureReceived Received(string path, string source)
    {
        var (contentId, sha256) = CaptureIdentity.IdsOf(path);
        var file = new FileInfo(path);
        return new CaptureReceived(contentId, sha256, new Uri(file.FullName).AbsoluteUri, file.Length, file.Name, source);
    }
}
