using System.Buffers.Binary;
using System.Net;
using PcapSearch.Store.Sql;

namespace PcapSearch.Store.Hosts;

/// <summary>
/// The address a host document is about, as text: flows keep each address's text beside its number and the
/// text column scans an order of magnitude faster than the 128-bit one (docs/store.md "Hosts"). The key is the
/// documents' spelling (dotted quad, RFC 5952 IPv6); an IPv4-mapped IPv6 address is the same host as its IPv4.
/// </summary>
public static class HostAddress
{
    private const string MappedPrefix = "::ffff:";

    /// <summary>The host key of an address typed in any form; text that is no address is refused.</summary>
    public static string Key(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        if (!IpValue.TryParse(text.Trim(), out var number))
        {
            throw new FlowQueryException($"'{text}' is not an IP address: give one IPv4 address (10.0.0.5) or IPv6 address (2001:db8::5), without a prefix length.");
        }
        Span<byte> bytes = stackalloc byte[16];
        BinaryPrimitives.WriteUInt128BigEndian(bytes, number);
        var address = new IPAddress(bytes);
        return address.IsIPv4MappedToIPv6 ? address.MapToIPv4().ToString() : address.ToString();
    }

    /// <summary>Every text a flow document may hold for the host with this key.</summary>
    public static IReadOnlyList<string> Spellings(string key) => key.Contains(':') ? [key] : [key, MappedPrefix + key];

    /// <summary>SQL: the host key of an address text column (the mapped spelling loses its prefix).</summary>
    public static string KeySql(string column) =>
        $"CASE WHEN starts_with({column}, '{MappedPrefix}') AND contains({column}, '.') THEN substr({column}, {MappedPrefix.Length + 1}) ELSE {column} END";
}
