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
        return Message(path, source, contentId, sha256);
    }

    /// <summary>
    /// The message for the file with its capture id (all its flows need), and its SHA-256 being computed on another
    /// thread meanwhile: the message says "" until the caller records the value. Indexing can start at once instead
    /// of after the slower hash (the 2 GB generated capture: ingest in 3.9 s instead of 4.8-5.4 s).
    /// </summary>
    public static (CaptureReceived Capture, Task<string> Sha256) Hashing(string path, string source)
    {
        var sha256 = Task.Run(() => CaptureIdentity.Sha256Of(path));
        return (Message(path, source, CaptureIdentity.ContentIdOf(path), ""), sha256);
    }

    private static CaptureReceived Message(string path, string source, string contentId, string sha256)
    {
        var file = new FileInfo(path);
        return new CaptureReceived(contentId, sha256, new Uri(file.FullName).AbsoluteUri, file.Length, file.Name, source);
    }
}
