using System.Buffers.Binary;

namespace PcapSearch.Flows.Protocols.Tls;

/// <summary>What <see cref="TlsRecords.TryReadFirstHandshake"/> found at the start of a direction's bytes.</summary>
internal enum TlsReadStatus
{
    /// <summary>The first handshake message is complete.</summary>
    Complete,
    /// <summary>More bytes are needed; nothing was consumed.</summary>
    Incomplete,
    /// <summary>The bytes are not TLS handshake records (alert, application data, garbage).</summary>
    NotHandshake,
}

/// <summary>
/// The TLS record layer, as far as the hellos need it: the first handshake message of a direction,
/// reassembled across records (RFC 8446 §5.1 lets a message span several) and read in place when
/// it sits in one record. Never throws; on short input it reports <see cref="TlsReadStatus.Incomplete"/>.
/// </summary>
internal static class TlsRecords
{
    public const byte ContentHandshake = 22;
    /// <summary>RFC 8446 §5.1: a record's plaintext is at most 2^14 bytes (2^14 + 2048 compressed).</summary>
    private const int MaxRecordLength = 16384 + 2048;

    /// <summary>Whether <paramref name="header"/> starts like a TLS/SSL 3.x record of the given content type.</summary>
    public static bool IsRecordHeader(ReadOnlySpan<byte> header, byte contentType) =>
        header.Length >= 5 && header[0] == contentType && header[1] == 3 && header[2] <= 4
        && BinaryPrimitives.ReadUInt16BigEndian(header[3..]) is > 0 and <= MaxRecordLength;

    /// <summary>
    /// Reads the first handshake message (4-byte header included) from the records at the start of
    /// <paramref name="stream"/>. <paramref name="scratch"/> is allocated (up to <paramref name="cap"/>
    /// bytes) only when the message spans records.
    /// </summary>
    public static TlsReadStatus TryReadFirstHandshake(ReadOnlySpan<byte> stream, ref byte[]? scratch, int cap, out ReadOnlySpan<byte> message)
    {
        message = default;
        int position = 0;
        int gathered = 0;
        int total = -1;
        while (true)
        {
            if (stream.Length - position < 5)
            {
                return position == 0 && stream.Length > 0 && stream[0] != ContentHandshake ? TlsReadStatus.NotHandshake : TlsReadStatus.Incomplete;
            }
            var header = stream.Slice(position, 5);
            if (!IsRecordHeader(header, ContentHandshake)) return TlsReadStatus.NotHandshake;
            int length = BinaryPrimitives.ReadUInt16BigEndian(header[3..]);
            int available = Math.Min(length, stream.Length - position - 5);
            var fragment = stream.Slice(position + 5, available);

            if (gathered == 0 && available >= 4)
            {
                total = 4 + ReadUInt24(fragment[1..]);
                if (total > cap) return TlsReadStatus.NotHandshake;
                if (available >= total)
                {
                    message = fragment[..total];
                    return TlsReadStatus.Complete;
                }
                if (length >= total) return TlsReadStatus.Incomplete;
            }
            // The message continues in the next record: gather the fragments.
            if (gathered == 0 && available < length) return TlsReadStatus.Incomplete;
            int take = Math.Min(available, cap - gathered);
            scratch ??= new byte[cap];
            fragment[..take].CopyTo(scratch.AsSpan(gathered));
            gathered += take;
            if (total < 0 && gathered >= 4)
            {
                total = 4 + ReadUInt24(scratch.AsSpan(1));
                if (total > cap) return TlsReadStatus.NotHandshake;
            }
            if (total >= 0 && gathered >= total)
            {
                message = scratch.AsSpan(0, total);
                return TlsReadStatus.Complete;
            }
            if (gathered >= cap) return TlsReadStatus.NotHandshake;
            if (available < length) return TlsReadStatus.Incomplete;
            position += 5 + length;
        }
    }

    public static int ReadUInt24(ReadOnlySpan<byte> bytes) => bytes[0] << 16 | bytes[1] << 8 | bytes[2];
}
