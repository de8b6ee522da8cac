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
/// instance per writer thread: it reuses its input buffer.
/// </summary>
public sealed class FlowId(string captureId)
{
    public const int Length = 24;
    private const int FlowBytes = 16 + 16 + 16 + 5;
    private readonly byte[] _input = InputStartingWith(Encoding.UTF8.GetBytes(captureId));

    public string Compute(Flow flow)
    {
        Span<byte> utf8 = stackalloc byte[Length];
        Write(flow, utf8);
        return Encoding.ASCII.GetString(utf8);
    }

    /// <summary>Writes the <see cref="Length"/> ASCII bytes of the flow's id.</summary>
    public void Write(Flow flow, Span<byte> utf8)
    {
        // One buffer, one call into the hash: the capture id, then the flow's offset, start, addresses, ports and protocol.
        Span<byte> input = _input;
        int length = input.Length - FlowBytes;
        BinaryPrimitives.WriteInt64BigEndian(input[length..], flow.FirstOffset);
        BinaryPrimitives.WriteInt64BigEndian(input[(length + 8)..], flow.FirstNs);
        length += 16;
        length += flow.SourceIp.WriteBytes(input[length..]);
        length += flow.DestinationIp.WriteBytes(input[length..]);
        BinaryPrimitives.WriteUInt16BigEndian(input[length..], flow.SourcePort);
        BinaryPrimitives.WriteUInt16BigEndian(input[(length + 2)..], flow.DestinationPort);
        input[length + 4] = flow.Protocol;
        length += 5;

        Span<byte> digest = stackalloc byte[SHA256.HashSizeInBytes];
        SHA256.HashData(input[..length], digest);
        Base64Url.EncodeToUtf8(digest[..18], utf8);
    }

    private static byte[] InputStartingWith(byte[] capture)
    {
        var input = new byte[capture.Length + FlowBytes];
        capture.CopyTo(input, 0);
        return input;
    }
}
