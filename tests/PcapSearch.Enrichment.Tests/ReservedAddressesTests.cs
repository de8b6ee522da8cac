using PcapSearch.Decoding;

namespace PcapSearch.Enrichment.Tests;

public sealed class ReservedAddressesTests
{
    [Theory]
    [InlineData("10.1.2.3")]
    [InlineData("172.31.255.255")]
    [InlineData("192.168.0.1")]
    [InlineData("100.64.0.1")]
    [InlineData("127.0.0.1")]
    [InlineData("169.254.10.20")]
    [InlineData("224.0.0.251")]
    [InlineData("239.255.255.250")]
    [InlineData("255.255.255.255")]
    [InlineData("0.0.0.0")]
    [InlineData("192.0.2.7")]
    [InlineData("198.51.100.7")]
    [InlineData("203.0.113.7")]
    [InlineData("198.18.0.1")]
    [InlineData("240.1.2.3")]
    [InlineData("::")]
    [InlineData("::1")]
    [InlineData("fe80::1")]
    [InlineData("fd12:3456::1")]
    [InlineData("ff02::fb")]
    [InlineData("2001:db8::1")]
    [InlineData("3fff::1")]
    [InlineData("::ffff:8.8.8.8")]
    public void Private_and_special_purpose_addresses_are_not_public(string address) =>
        Assert.False(ReservedAddresses.IsPublic(IpAddress.Parse(address)));

    [Theory]
    [InlineData("8.8.8.8")]
    [InlineData("1.1.1.1")]
    [InlineData("172.32.0.1")]
    [InlineData("100.128.0.1")]
    [InlineData("192.169.0.1")]
    [InlineData("223.255.255.255")]
    [InlineData("2001:4860:4860::8888")]
    [InlineData("2a00:1450:4001::1")]
    [InlineData("2002:c000:0204::1")]
    public void Public_addresses_are_public(string address) =>
        Assert.True(ReservedAddresses.IsPublic(IpAddress.Parse(address)));
}
