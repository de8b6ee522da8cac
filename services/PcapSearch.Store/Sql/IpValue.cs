using System.Buffers.Binary;
using System.Net;
using System.Net.Sockets;

namespace PcapSearch.Store.Sql;

/// <summary>
/// Addresses as the store compares them: the IPv4-mapped IPv6 form read as a big-endian 128-bit number,
/// so v4 and v6 share one order and a CIDR block is one numeric range.
/// </summary>
public static class IpValue
{
    /// <summary>A literal address: IPv6 (with ':'), or dotted-quad IPv4 (not the short forms IPAddress accepts, like "10").</summary>
    public static bool TryParse(string text, out UInt128 value)
    {
        value = default;
        if (!TryParseAddress(text, out var address)) return false;
        value = ToNumber(address);
        return true;
    }

    /// <summary>An address or a CIDR block (<c>10.0.0.0/8</c>, <c>2001:db8::/32</c>) as an inclusive numeric range.</summary>
    public static bool TryParseRange(string text, out UInt128 low, out UInt128 high)
    {
        low = high = default;
        int slash = text.IndexOf('/');
        if (slash < 0)
        {
            if (!TryParse(text, out low)) return false;
            high = low;
            return true;
        }
        if (!TryParseAddress(text[..slash], out var address)) return false;
        var prefixText = text[(slash + 1)..];
        if (prefixText.Length is 0 or > 3 || !prefixText.All(char.IsAsciiDigit)) return false;
        int prefix = int.Parse(prefixText, System.Globalization.CultureInfo.InvariantCulture);
        bool v4 = address.AddressFamily == AddressFamily.InterNetwork;
        if (prefix > (v4 ? 32 : 128)) return false;
        if (v4) prefix += 96;
        var number = ToNumber(address);
        UInt128 hostMask = prefix == 128 ? UInt128.Zero : UInt128.MaxValue >> prefix;
        low = number & ~hostMask;
        high = low | hostMask;
        return true;
    }

    public static UInt128 ToNumber(IPAddress address)
    {
        Span<byte> bytes = stackalloc byte[16];
        address.MapToIPv6().TryWriteBytes(bytes, out _);
        return BinaryPrimitives.ReadUInt128BigEndian(bytes);
    }

    private static bool TryParseAddress(string text, out IPAddress address)
    {
        address = IPAddress.None;
        if (text.Length == 0 || text.Contains('%')) return false;
        if (text.Contains(':'))
        {
            if (!IPAddress.TryParse(text, out var v6) || v6.AddressFamily != AddressFamily.InterNetworkV6) return false;
            address = v6;
            return true;
        }
        var parts = text.Split('.');
        if (parts.Length != 4 || parts.Any(p => p.Length is 0 or > 3 || !p.All(char.IsAsciiDigit))) return false;
        if (!IPAddress.TryParse(text, out var v4)) return false;
        address = v4;
        return true;
    }
}
