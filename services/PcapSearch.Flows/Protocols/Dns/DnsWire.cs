using System.Buffers.Binary;

namespace PcapSearch.Flows.Protocols.Dns;

/// <summary>
/// RFC 1035 wire format: the header, names with compression, and the mnemonics of types and
/// response codes. Every reader checks its bounds and returns false rather than throwing.
/// </summary>
internal static class DnsWire
{
    public const int HeaderLength = 12;

    /// <summary>Longest name on the wire, length octets and the final zero included (RFC 1035 3.1).</summary>
    public const int MaxNameWireLength = 255;

    public const int MaxLabelLength = 63;

    /// <summary>Compression pointers followed while reading one name: stops pointer loops.</summary>
    public const int MaxPointers = 32;

    /// <summary>Characters a name can become: 253 content bytes escaped four times over, plus the dots.</summary>
    public const int MaxNameChars = 253 * EscapedText.MaxCharsPerByte + 128;

    public static ushort U16(ReadOnlySpan<byte> message, int offset) => BinaryPrimitives.ReadUInt16BigEndian(message[offset..]);

    /// <summary>
    /// Reads the name at <paramref name="offset"/>, following compression pointers, as escaped text
    /// with dots between labels ("." for the root). On success <paramref name="offset"/> moves past
    /// the name as it sits in place (a pointer takes two bytes); on failure it is left untouched.
    /// </summary>
    public static bool TryReadName(ReadOnlySpan<byte> message, ref int offset, Span<char> text, out int written)
    {
        written = 0;
        int position = offset;
        int end = -1;
        int pointers = 0;
        int wireLength = 1;
        while (true)
        {
            if ((uint)position >= (uint)message.Length) return false;
            byte length = message[position];
            if (length == 0)
            {
                if (end < 0) end = position + 1;
                break;
            }
            if ((length & 0xC0) == 0xC0)
            {
                if (position + 1 >= message.Length || ++pointers > MaxPointers) return false;
                if (end < 0) end = position + 2;
                position = ((length & 0x3F) << 8) | message[position + 1];
                continue;
            }
            // 0x40 and 0x80 are the obsolete extended label types: not a name we can read.
            if (length > MaxLabelLength) return false;
            wireLength += length + 1;
            if (wireLength > MaxNameWireLength || position + 1 + length > message.Length) return false;
            if (written > 0)
            {
                if (written >= text.Length) return false;
                text[written++] = '.';
            }
            written += EscapedText.Escape(message.Slice(position + 1, length), text[written..]);
            position += 1 + length;
        }
        if (written == 0) text[written++] = '.';
        offset = end;
        return true;
    }

    /// <summary>
    /// A cheap, strict test for a DNS query on a port not known as DNS: one question, no answers, at
    /// most one additional record which must be EDNS OPT, and nothing after it.
    /// </summary>
    public static bool LooksLikeQuery(ReadOnlySpan<byte> message)
    {
        if (message.Length < HeaderLength + 5) return false;
        ushort flags = U16(message, 2);
        if ((flags & 0x8000) != 0 || ((flags >> 11) & 0xF) != 0 || (flags & 0x0040) != 0) return false;
        if (U16(message, 4) != 1 || U16(message, 6) != 0 || U16(message, 8) != 0) return false;
        ushort additional = U16(message, 10);
        if (additional > 1) return false;
        int offset = HeaderLength;
        // No compression in a lone question: labels only.
        int wireLength = 1;
        while (true)
        {
            if (offset >= message.Length) return false;
            byte length = message[offset];
            if (length == 0) { offset++; break; }
            if (length > MaxLabelLength) return false;
            wireLength += length + 1;
            if (wireLength > MaxNameWireLength) return false;
            offset += 1 + length;
        }
        if (offset + 4 > message.Length) return false;
        ushort qclass = (ushort)(U16(message, offset + 2) & 0x7FFF);
        if (U16(message, offset) == 0 || (qclass != 1 && qclass != 255)) return false;
        offset += 4;
        if (additional == 0) return offset == message.Length;
        // EDNS: root name, type OPT (41), then class, TTL, RDLENGTH and RDATA filling the rest.
        if (offset + 11 > message.Length || message[offset] != 0 || U16(message, offset + 1) != 41) return false;
        return offset + 11 + U16(message, offset + 9) == message.Length;
    }

    /// <summary>The type mnemonic (RFC 1035, IANA registry), or null for a code without one.</summary>
    public static string? TypeName(ushort type) => type switch
    {
        1 => "A", 2 => "NS", 5 => "CNAME", 6 => "SOA", 10 => "NULL", 11 => "WKS", 12 => "PTR", 13 => "HINFO",
        15 => "MX", 16 => "TXT", 17 => "RP", 18 => "AFSDB", 24 => "SIG", 25 => "KEY", 28 => "AAAA", 29 => "LOC",
        33 => "SRV", 35 => "NAPTR", 36 => "KX", 37 => "CERT", 39 => "DNAME", 41 => "OPT", 42 => "APL", 43 => "DS",
        44 => "SSHFP", 45 => "IPSECKEY", 46 => "RRSIG", 47 => "NSEC", 48 => "DNSKEY", 49 => "DHCID",
        50 => "NSEC3", 51 => "NSEC3PARAM", 52 => "TLSA", 53 => "SMIMEA", 55 => "HIP", 59 => "CDS", 60 => "CDNSKEY",
        61 => "OPENPGPKEY", 62 => "CSYNC", 63 => "ZONEMD", 64 => "SVCB", 65 => "HTTPS", 99 => "SPF",
        108 => "EUI48", 109 => "EUI64", 249 => "TKEY", 250 => "TSIG", 251 => "IXFR", 252 => "AXFR",
        253 => "MAILB", 254 => "MAILA", 255 => "ANY", 256 => "URI", 257 => "CAA",
        _ => null,
    };

    /// <summary>The response code mnemonic (RFC 1035, 2136, 6895), or null for a code without one.</summary>
    public static string? ResponseCodeName(int code) => code switch
    {
        0 => "NOERROR", 1 => "FORMERR", 2 => "SERVFAIL", 3 => "NXDOMAIN", 4 => "NOTIMP", 5 => "REFUSED",
        6 => "YXDOMAIN", 7 => "YXRRSET", 8 => "NXRRSET", 9 => "NOTAUTH", 10 => "NOTZONE",
        _ => null,
    };
}
