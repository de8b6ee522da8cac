using System.Buffers.Binary;
using System.Net;

namespace PcapSearch.Decoding;

/// <summary>
/// An IPv4 or IPv6 address held in 128 bits with no allocation. IPv4 addresses are stored as
/// IPv4-mapped IPv6 (::ffff:a.b.c.d) and remember that they were IPv4.
/// </summary>
public readonly record struct IpAddress(ulong High, ulong Low, bool IsIpv4)
{
    private const ulong MappedPrefix = 0x0000_FFFF_0000_0000UL;

    public static IpAddress FromIpv4(ReadOnlySpan<byte> fourBytes) =>
        new(0, MappedPrefix | BinaryPrimitives.ReadUInt32BigEndian(fourBytes), true);

    public static IpAddress FromIpv6(ReadOnlySpan<byte> sixteenBytes) =>
        new(BinaryPrimitives.ReadUInt64BigEndian(sixteenBytes), BinaryPrimitives.ReadUInt64BigEndian(sixteenBytes[8..]), false);

    public static IpAddress Parse(string text) => FromIPAddress(IPAddress.Parse(text));

    public static IpAddress FromIPAddress(IPAddress address)
    {
        Span<byte> bytes = stackalloc byte[16];
        if (address.AddressFamily == System.Net.Sockets.AddressFamily.InterNetwork)
        {
            address.TryWriteBytes(bytes, out _);
            return FromIpv4(bytes[..4]);
        }
        address.TryWriteBytes(bytes, out _);
        return FromIpv6(bytes);
    }

    /// <summary>Network-order bytes: 4 for IPv4, 16 for IPv6. Returns the count written.</summary>
    public int WriteBytes(Span<byte> destination)
    {
        if (IsIpv4)
        {
            BinaryPrimitives.WriteUInt32BigEndian(destination, (uint)Low);
            return 4;
        }
        BinaryPrimitives.WriteUInt64BigEndian(destination, High);
        BinaryPrimitives.WriteUInt64BigEndian(destination[8..], Low);
        return 16;
    }

    /// <summary>Longest text form: a full IPv6 address with an embedded IPv4 tail.</summary>
    public const int MaxTextLength = 45;

    /// <summary>Writes the usual text form (dotted quad, RFC 5952 IPv6) as UTF-8; returns the length.</summary>
    public int FormatUtf8(Span<byte> utf8)
    {
        if (!IsIpv4)
        {
            ToIPAddress().TryFormat(utf8, out int written);
            return written;
        }
        int length = 0;
        for (int shift = 24; shift >= 0; shift -= 8)
        {
            System.Buffers.Text.Utf8Formatter.TryFormat((byte)(Low >> shift), utf8[length..], out int digits);
            length += digits;
            if (shift > 0) utf8[length++] = (byte)'.';
        }
        return length;
    }

    public IPAddress ToIPAddress()
    {
        Span<byte> bytes = stackalloc byte[16];
        return new IPAddress(bytes[..WriteBytes(bytes)]);
    }

    /// <summary>Orders addresses as Community ID does: by network-order bytes.</summary>
    public int CompareTo(IpAddress other)
    {
        int c = High.CompareTo(other.High);
        return c != 0 ? c : Low.CompareTo(other.Low);
    }

    public override string ToString() => ToIPAddress().ToString();
}
