using System.IO.Hashing;
using System.Security.Cryptography;

namespace PcapSearch.Capture;

/// <summary>
/// A capture's identity comes from its bytes as stored: the same bytes are the same capture.
/// <see cref="ContentIdOf"/> names a capture in flow documents and their ids; it reads the file at
/// memory speed (XXH3-128), so a flow tool can name a capture while it streams its flows.
/// <see cref="Sha256Of"/> is the evidence hash, for the catalog and chain of custody.
/// <see cref="CaptureHashes"/> computes both while the bytes stream past once (an upload, a download).
/// </summary>
public static class CaptureIdentity
{
    public static string ContentIdOf(string path)
    {
        var hash = NewContentIdHash();
        using var file = OpenSequential(path);
        hash.Append(file);
        return ContentIdFrom(hash);
    }

    public static string Sha256Of(string path)
    {
        using var file = OpenSequential(path);
        return Convert.ToHexStringLower(SHA256.HashData(file));
    }

    internal static XxHash128 NewContentIdHash() => new();

    internal static string ContentIdFrom(XxHash128 hash) => Convert.ToHexStringLower(hash.GetCurrentHash());

    /// <summary>Both ids in one read of the file, for callers that record the capture in the catalog.</summary>
    public static (string ContentId, string Sha256) IdsOf(string path)
    {
        using var hashes = new CaptureHashes();
        using var file = OpenSequential(path);
        var buffer = new byte[1 << 20];
        for (int read; (read = file.Read(buffer)) > 0;) hashes.Append(buffer.AsSpan(0, read));
        return (hashes.ContentId, hashes.Sha256);
    }

    private static FileStream OpenSequential(string path) =>
        new(path, FileMode.Open, FileAccess.Read, FileShare.Read, 1 << 20, FileOptions.SequentialScan);
}
