using PcapSearch.Store.Sql;

namespace PcapSearch.Store.Hosts;

/// <summary>The address a host lookup names, checked before any backend is asked.</summary>
public static class HostAddress
{
    /// <summary>The address as the store compares it (<see cref="IpValue"/>); text that is no address is refused.</summary>
    public static UInt128 Parse(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        if (IpValue.TryParse(text.Trim(), out var address)) return address;
        throw new FlowQueryException($"'{text}' is not an IP address: give one IPv4 address (10.0.0.5) or IPv6 address (2001:db8::5), without a prefix length.");
    }
}
