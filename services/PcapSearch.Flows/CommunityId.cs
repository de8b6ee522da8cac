using System.Buffers.Binary;
using PcapSearch.Decoding;

namespace PcapSearch.Flows;

/// <summary>
/// Community ID v1 flow hashing (github.com/corelight/community-id-spec): SHA-1 over
/// seed, ordered addresses, protocol, padding and ordered ports, base64 with a "1:" prefix.
/// ICMP and ICMPv6 use type and code, or the counterpart type for request/response pairs, as ports.
/// </summary>
public static class CommunityId
{
    /// <summary>Length of a Community ID v1 in base64: "1:" and 28 characters.</summary>
    public const int Length = 30;

    /// <summary>
    /// For ICMP, <paramref name="sourcePort"/> is the type and <paramref name="destinationPort"/> the code.
    /// </summary>
    public static string Compute(ushort seed, byte protocol, IpAddress source, IpAddress destination,
        ushort sourcePort, ushort destinationPort)
    {
        Span<byte> utf8 = stackalloc byte[Length];
        Write(seed, protocol, source, destination, sourcePort, destinationPort, utf8);
        return System.Text.Encoding.ASCII.GetString(utf8);
    }

    /// <summary>Writes the <see cref="Length"/> ASCII bytes of the Community ID into <paramref name="utf8"/>.</summary>
    public static void Write(ushort seed, byte protocol, IpAddress source, IpAddress destination,
        ushort sourcePort, ushort destinationPort, Span<byte> utf8)
    {
        bool oneWay = false;
        if (IpProtocol.IsIcmp(protocol))
        {
            (sourcePort, destinationPort, oneWay) = IcmpPortEquivalents(protocol, (byte)sourcePort, (byte)destinationPort);
        }

        bool ordered = oneWay || IsLess(source, sourcePort, destination, destinationPort);
        if (!ordered)
        {
            (source, destination) = (destination, source);
            (sourcePort, destinationPort) = (destinationPort, sourcePort);
        }

        Span<byte> input = stackalloc byte[2 + 16 + 16 + 2 + 4];
        int length = 0;
        BinaryPrimitives.WriteUInt16BigEndian(input, seed);
        length += 2;
        length += source.WriteBytes(input[length..]);
        length += destination.WriteBytes(input[length..]);
        input[length++] = protocol;
        input[length++] = 0;
        if (IpProtocol.HasPorts(protocol) || IpProtocol.IsIcmp(protocol))
        {
            BinaryPrimitives.WriteUInt16BigEndian(input[length..], sourcePort);
            BinaryPrimitives.WriteUInt16BigEndian(input[(length + 2)..], destinationPort);
            length += 4;
        }

        Span<byte> digest = stackalloc byte[20];
        Sha1SingleBlock.Hash(input[..length], digest);
        utf8[0] = (byte)'1';
        utf8[1] = (byte)':';
        System.Buffers.Text.Base64.EncodeToUtf8(digest, utf8[2..], out _, out _);
    }

    /// <summary>Zeek's ICMP4_counterpart/ICMP6_counterpart: the (sport, dport, one-way) stand-ins for ICMP.</summary>
    public static (ushort SourcePort, ushort DestinationPort, bool OneWay) IcmpPortEquivalents(byte protocol, byte type, byte code)
    {
        int counterpart = protocol == IpProtocol.Icmp ? Icmp4Counterpart(type) : Icmp6Counterpart(type);
        return counterpart < 0 ? (type, code, true) : (type, (ushort)counterpart, false);
    }

    private static int Icmp4Counterpart(byte type) => type switch
    {
        8 => 0, 0 => 8,       // echo
        13 => 14, 14 => 13,   // timestamp
        15 => 16, 16 => 15,   // information
        10 => 9, 9 => 10,     // router solicitation / advertisement
        17 => 18, 18 => 17,   // address mask
        _ => -1,
    };

    private static int Icmp6Counterpart(byte type) => type switch
    {
        128 => 129, 129 => 128, // echo
        133 => 134, 134 => 133, // router solicitation / advertisement
        135 => 136, 136 => 135, // neighbour solicitation / advertisement
        130 => 131, 131 => 130, // multicast listener query / report
        139 => 140, 140 => 139, // node information query / reply
        144 => 145, 145 => 144, // home agent address discovery
        _ => -1,
    };

    private static bool IsLess(IpAddress a, ushort aPort, IpAddress b, ushort bPort)
    {
        int c = a.CompareTo(b);
        return c < 0 || (c == 0 && aPort < bPort);
    }
}
