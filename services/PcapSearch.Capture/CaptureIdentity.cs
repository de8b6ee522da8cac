using System.IO.Hashing;
using System.Security.Cryptography;

namespace PcapSearch.Capture;

/// <summary>
/// A capture's identity comes from its bytes as stored: the same bytes are the same capture.
/// <see cref="ContentIdOf"/> names a capture in flow documents and their ids; it reads the file at
/// memory speed (XXH3-128), so a flow tool can name a capture while it streams its flows.
/// <see cref="Sha256Of"/> is the evidence hash, for the catalog and chain of custody.
/// </summary>
public static class CaptureIdentity
{
    public static string ContentIdOf(string path)
    {
        var hash = new XxHash128();
        using var file = OpenSequential(path);
        hash.Append(file);
        return Convert.ToHexStringLower(hash.GetCurrentHash());
    }

    public static string Sha256Of(string path)
    {
        using var file = OpenSequential(path);
        return Convert.ToHexStringLower(SHA256.HashData(file));
    }

    /// <summary>Both ids in one read of the file, for callers that record the capture in the catalog.</summary>
    public static (string ContentId, string Sha256) IdsOf(string path)
    {
        var content = new XxHash128();
        using var sha256 = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        using var file = OpenSequential(path);
        var buffer = new byte[1 << 20];
        for (int read; (read = file.Read(buffer)) > 0;)
        {
            content.Append(buffer.AsSpan(0, read));
            sha256.AppendData(buffer, 0, read);
        }
        return (Convert.ToHexStringLower(content.GetCurrentHash()), Convert.ToHexStringLower(sha256.GetHashAndReset()));
    }

    private static FileStream OpenSequential(string path) =>
        new(path, FileMode.Open, FileAccess.Read, FileShare.Read, 1 << 20, FileOptions.SequentialScan);
}
