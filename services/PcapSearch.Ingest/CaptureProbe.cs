using PcapSearch.Capture;

namespace PcapSearch.Ingest;

/// <summary>
/// Looks at the first bytes of an arriving file with the capture reader's own detection, before anything
/// is stored, so a non-capture is refused at once with what it looked like.
/// </summary>
internal static class CaptureProbe
{
    /// <summary>Enough for the headers of pcap and pcapng, also behind gzip or zstd.</summary>
    private const int HeadSize = 64 * 1024;

    /// <returns>The whole input again: the head already read, then the rest of <paramref name="content"/>.</returns>
    /// <exception cref="CaptureRefusedException">Not a capture; the message says what it looked like.</exception>
    public static async Task<Stream> RequireCaptureAsync(Stream content, string name, CancellationToken cancellation)
    {
        byte[] head = new byte[HeadSize];
        int length = await content.ReadAtLeastAsync(head, HeadSize, throwOnEndOfStream: false, cancellation);
        using (CaptureReader.Open(new MemoryStream(head, 0, length, writable: false), name))
        {
            // Opening reads the file header; that is the whole check.
        }
        return new PrefixedStream(head, length, content);
    }
}
