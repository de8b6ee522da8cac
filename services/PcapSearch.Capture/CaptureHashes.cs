using System.IO.Hashing;
using System.Security.Cryptography;

namespace PcapSearch.Capture;

/// <summary>Both identities of <see cref="CaptureIdentity"/>, computed in one pass over bytes appended in order.</summary>
public sealed class CaptureHashes : IDisposable
{
    private readonly XxHash128 _contentId = CaptureIdentity.NewContentIdHash();
    private readonly IncrementalHash _sha256 = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);

    public void Append(ReadOnlySpan<byte> bytes)
    {
        _contentId.Append(bytes);
        _sha256.AppendData(bytes);
    }

    /// <summary>The capture id of the bytes appended so far, as <see cref="CaptureIdentity.ContentIdOf"/> gives for a file of them.</summary>
    public string ContentId => CaptureIdentity.ContentIdFrom(_contentId);

    /// <summary>The sha256 of the bytes appended so far, as <see cref="CaptureIdentity.Sha256Of"/> gives for a file of them.</summary>
    public string Sha256 => Convert.ToHexStringLower(_sha256.GetCurrentHash());

    public void Dispose() => _sha256.Dispose();
}
