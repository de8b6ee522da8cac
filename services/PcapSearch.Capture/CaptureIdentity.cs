using System.Security.Cryptography;

namespace PcapSearch.Capture;

/// <summary>A capture's identity is the SHA-256 of its bytes as stored: the same bytes are the same capture.</summary>
public static class CaptureIdentity
{
    public static string Sha256Of(string path)
    {
        using var file = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, 1 << 20, FileOptions.SequentialScan);
        return Convert.ToHexStringLower(SHA256.HashData(file));
    }
}
