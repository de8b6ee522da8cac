using System.Net;
using PcapSearch.Decoding;

namespace PcapSearch.Enrichment;

/// <summary>
/// Addresses that have no place on the map and no autonomous system: private, shared (CGNAT), loopback,
/// link-local, multicast, documentation, benchmarking and other special-purpose blocks of the IANA IPv4 and
/// IPv6 special-purpose registries (RFC 6890 and its updates). They are never looked up.
/// </summary>
public static class ReservedAddresses
{
    private static readonly (UInt128 Network, UInt128 Mask, bool IsIpv4)[] Blocks =
    [
        .. new[]
        {
            "0.0.0.0/8", "10.0.0.0/8", "100.64.0.0/10", "127.0.0.0/8", "169.254.0.0/16", "172.16.0.0/12",
            "192.0.0.0/24", "192.0.2.0/24", "192.31.196.0/24", "192.52.193.0/24", "192.88.99.0/24", "192.168.0.0/16",
            "192.175.48.0/24", "198.18.0.0/15", "198.51.100.0/24", "203.0.113.0/24", "224.0.0.0/4", "240.0.0.0/4",
            "::/127", "::ffff:0:0/96", "64:ff9b:1::/48", "100::/64", "2001::/23", "2001:db8::/32",
            "2620:4f:8000::/48", "3fff::/20", "5f00::/16", "fc00::/7", "fe80::/10", "fec0::/10", "ff00::/8",
        }.Select(Parse),
    ];

    /// <summary>Whether the address belongs to the public Internet and may be looked up.</summary>
    public static bool IsPublic(IpAddress address)
    {
        var value = new UInt128(address.High, address.Low);
        foreach (var (network, mask, isIpv4) in Blocks)
        {
            if (isIpv4 == address.IsIpv4 && (value & mask) == network) return false;
        }
        return true;
    }

    /// <summary>A block as 128-bit network and mask; IPv4 blocks in the IPv4-mapped form <see cref="IpAddress"/> holds (::ffff:0:0/96 itself is reserved only for addresses written as IPv6).</summary>
    private static (UInt128, UInt128, bool) Parse(string cidr)
    {
        var network = IPNetwork.Parse(cidr);
        var address = IpAddress.FromIPAddress(network.BaseAddress);
        int bits = network.PrefixLength + (address.IsIpv4 ? 96 : 0);
        UInt128 mask = bits == 0 ? UInt128.Zero : UInt128.MaxValue << (128 - bits);
        return (new UInt128(address.High, address.Low), mask, address.IsIpv4);
    }
}
