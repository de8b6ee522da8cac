using System.Buffers.Binary;
using System.Buffers.Text;
using System.Security.Cryptography;
using System.Text;

namespace PcapSearch.Flows.Documents;

/// <summary>
/// Document ids of one capture's flows: stable across runs and machines, so ingesting the same
/// capture twice overwrites instead of duplicating. Within one capture no two flows start at the
/// same packet, so SHA-256 over (capture id, offset of the first packet, start time, 5-tuple) names
/// a flow exactly; the id is the first 18 bytes of it in URL-safe base64 (24 characters). One
/// instance per writer thread: it reuses its hash state.
/// </summary>
public sealed class FlowId(string captureId) : IDisposable
{
    public const int Length = 24;
    private readonly byte[] _capture = Encoding.UTF8.GetBytes(captureId);
    private readonly IncrementalHash _sha256 = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);

    public string Compute(Flow flow)
    {
        Span<byte> utf8 = stackalloc byte[Length];
        Write(flow, utf8);
        return Encoding.ASCII.GetString(utf8);
    }

    /// <summary>Writes the <see cref="Length"/> ASCII bytes of the flow's id.</summary>
    public void Write(Flow flow, Span<byte> utf8)
    {
        Span<byte> input = stackalloc byte[16 + 16 + 16 + 5];
        BinaryPrimitives.WriteInt64BigEndian(input, flow.FirstOffset);
        BinaryPrimitives.WriteInt64BigEndian(input[8..], flow.FirstNs);
        int length = 16;
        length += flow.SourceIp.WriteBytes(input[length..]);
        length += flow.DestinationIp.WriteBytes(input[length..]);
        BinaryPrimitives.WriteUInt16BigEndian(input[length..], flow.SourcePort);
        BinaryPrimitives.WriteUInt16BigEndian(input[(length + 2)..], flow.DestinationPort);
        input[length + 4] = flow.Protocol;
        length += 5;

        _sha256.AppendData(_capture);
        _sha256.AppendData(input[..length]);
        Span<byte> digest = stackalloc byte[SHA256.HashSizeInBytes];
        _sha256.GetHashAndReset(digest);
        Base64Url.EncodeToUtf8(digest[..18], utf8);
    }

    public void Dispose() => _sha256.Dispose();
}
