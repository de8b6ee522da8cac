using PcapSearch.Decoding;

namespace PcapSearch.Enrichment.Tests;

public sealed class AsnRangesTests
{
    [Fact]
    public void An_address_is_found_in_its_inclusive_range_and_not_in_a_gap()
    {
        using var files = new TemporaryFiles();
        var ranges = AsnRanges.Load([files.Write("asn-ipv4.csv", """
            1.0.0.0,1.0.0.255,13335,"Cloudflare, Inc."
            1.0.4.0,1.0.7.255,38803,Gtelecom Pty Ltd
            8.8.8.0,8.8.8.255,15169,Google LLC
            """)]);

        Assert.Equal(13335, ranges.Find(IpAddress.Parse("1.0.0.0"))?.Number);
        Assert.Equal("Cloudflare, Inc.", ranges.Find(IpAddress.Parse("1.0.0.255"))?.OrganizationName);
        Assert.Null(ranges.Find(IpAddress.Parse("1.0.1.0")));
        Assert.Equal(38803, ranges.Find(IpAddress.Parse("1.0.7.255"))?.Number);
        Assert.Null(ranges.Find(IpAddress.Parse("0.255.255.255")));
        Assert.Null(ranges.Find(IpAddress.Parse("8.8.9.0")));
        Assert.Equal("Google LLC", ranges.Find(IpAddress.Parse("8.8.8.8"))?.OrganizationName);
    }

    [Fact]
    public void Ipv4_and_ipv6_files_load_into_one_index_in_any_order()
    {
        using var files = new TemporaryFiles();
        var ranges = AsnRanges.Load([
            files.Write("asn-ipv6.csv", "2001:4860::,2001:4860:ffff:ffff:ffff:ffff:ffff:ffff,15169,Google LLC\n2001:200::,2001:200:1b9:ffff:ffff:ffff:ffff:ffff,2500,WIDE Project\n"),
            files.Write("asn-ipv4.csv", "8.8.8.0,8.8.8.255,15169,Google LLC\n"),
        ]);

        Assert.Equal(3, ranges.Count);
        Assert.Equal(15169, ranges.Find(IpAddress.Parse("2001:4860:4860::8888"))?.Number);
        Assert.Equal(2500, ranges.Find(IpAddress.Parse("2001:200::1"))?.Number);
        Assert.Equal(15169, ranges.Find(IpAddress.Parse("8.8.8.8"))?.Number);
        // The IPv4-mapped IPv6 form of 8.8.8.8 is an IPv6 address of no range.
        Assert.Null(ranges.Find(IpAddress.Parse("2001:4861::1")));
    }

    [Fact]
    public void Ranges_of_one_system_share_one_instance()
    {
        using var files = new TemporaryFiles();
        var ranges = AsnRanges.Load([files.Write("asn.csv", "8.8.4.0,8.8.4.255,15169,Google LLC\n8.8.8.0,8.8.8.255,15169,Google LLC\n")]);
        Assert.Same(ranges.Find(IpAddress.Parse("8.8.4.4")), ranges.Find(IpAddress.Parse("8.8.8.8")));
    }
}
