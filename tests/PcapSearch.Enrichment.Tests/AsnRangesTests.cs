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

public sealed class AsnRangesCacheTests
{
    private const string Csv = "1.0.0.0,1.0.0.255,13335,\"Cloudflare, Inc.\"\n8.8.8.0,8.8.8.255,15169,Google LLC\n2001:4860::,2001:4860:ffff:ffff:ffff:ffff:ffff:ffff,15169,Google LLC\n9.9.9.0,9.9.9.255,19281,\n";
    private static readonly string[] Probes = ["1.0.0.1", "8.8.8.8", "2001:4860:4860::8888", "9.9.9.9", "1.0.1.0"];

    [Fact]
    public void The_parsed_index_is_kept_and_read_back_the_same()
    {
        using var files = new TemporaryFiles();
        string csv = files.Write("asn.csv", Csv);
        string directory = Path.Combine(files.Directory, "index");

        var parsed = AsnRangesCache.Load([csv], directory);
        string kept = Assert.Single(Directory.GetFiles(directory));
        var read = AsnRangesCache.Load([csv], directory);

        Assert.Equal(parsed.Count, read.Count);
        Assert.All(Probes, ip => Assert.Equal(parsed.Find(IpAddress.Parse(ip)), read.Find(IpAddress.Parse(ip))));
        Assert.Same(read.Find(IpAddress.Parse("8.8.8.8")), read.Find(IpAddress.Parse("2001:4860::1")));
        Assert.Null(read.Find(IpAddress.Parse("9.9.9.9"))!.OrganizationName);
    }

    [Fact]
    public void A_kept_index_is_read_instead_of_the_csv()
    {
        using var files = new TemporaryFiles();
        string csv = files.Write("asn.csv", Csv);
        string directory = Path.Combine(files.Directory, "index");
        AsnRangesCache.Load([csv], directory);

        // Same size and time, other text: only the kept index can still say Google.
        var written = File.GetLastWriteTimeUtc(csv);
        File.WriteAllText(csv, Csv.Replace("Google", "Googol", StringComparison.Ordinal));
        File.SetLastWriteTimeUtc(csv, written);

        Assert.Equal("Google LLC", AsnRangesCache.Load([csv], directory).Find(IpAddress.Parse("8.8.8.8"))?.OrganizationName);
    }

    [Fact]
    public void New_data_makes_a_new_index()
    {
        using var files = new TemporaryFiles();
        string csv = files.Write("asn.csv", Csv);
        string directory = Path.Combine(files.Directory, "index");
        AsnRangesCache.Load([csv], directory);

        File.AppendAllText(csv, "4.4.4.0,4.4.4.255,3356,Level 3\n");
        var ranges = AsnRangesCache.Load([csv], directory);

        Assert.Equal(3356, ranges.Find(IpAddress.Parse("4.4.4.4"))?.Number);
        Assert.Equal(2, Directory.GetFiles(directory).Length);
    }

    [Fact]
    public void A_damaged_index_is_ignored_and_the_csv_parsed()
    {
        using var files = new TemporaryFiles();
        string csv = files.Write("asn.csv", Csv);
        string directory = Path.Combine(files.Directory, "index");
        AsnRangesCache.Load([csv], directory);
        string kept = Assert.Single(Directory.GetFiles(directory));
        var bytes = File.ReadAllBytes(kept);
        File.WriteAllBytes(kept, bytes[..(bytes.Length / 2)]);

        var ranges = AsnRangesCache.Load([csv], directory);

        Assert.Equal(4, ranges.Count);
        Assert.Equal(15169, ranges.Find(IpAddress.Parse("8.8.8.8"))?.Number);
    }
}
