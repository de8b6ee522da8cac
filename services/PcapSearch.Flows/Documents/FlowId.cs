using System.Buffers.Binary;
using System.Security.Cryptography;
using System.Text;

namespace PcapSearch.Flows.Documents;

/// <summary>
/// The document id of a flow: stable across runs and machines, so ingesting the same capture twice
/// overwrites instead of duplicating. Within one capture no two flows start at the same packet, so
/// (capture id, offset of the first packet, flow key, start time) names a flow exactly.
/// </summary>
public static class FlowId
{
    public static string Compute(string captureId, Flow flow)
    {
        Span<byte> input = stackalloc byte[Encoding.UTF8.GetMaxByteCount(captureId.Length) + 64];
        int length = Encoding.UTF8.GetBytes(captureId, input);
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
        return Convert.ToBase64String(digest[..18]).Replace('+', '-').Replace('/', '_');
    }
}
