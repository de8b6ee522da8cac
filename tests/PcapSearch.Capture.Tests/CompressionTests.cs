namespace PcapSearch.Capture.Tests;

public class CompressionTests
{
    private static byte[] SamplePcap()
    {
        var builder = CaptureBuilder.Pcap();
        for (int i = 0; i < 200; i++) builder.Record(1_700_000_000 + (uint)i, (uint)i, Packets.Bytes(64 + i * 7, i));
        return builder.ToArray();
    }

    private static byte[] SamplePcapng() =>
        CaptureBuilder.Pcapng().Interface(1).Enhanced(0, 1, Packets.Bytes(100, 1)).Enhanced(0, 2, Packets.Bytes(200, 2)).ToArray();

    [Fact]
    public void Reads_pcap_inside_gzip()
    {
        byte[] plain = SamplePcap();
        var (expected, _) = Packets.Read(plain);

        var (packets, reader) = Packets.Read(CaptureBuilder.Gzip(plain));

        Assert.Equal("pcap (microsecond, little-endian) in gzip", reader.FormatDescription);
        Assert.Equal(expected, packets, PacketComparer.Instance);
        Assert.Equal(plain.Length, reader.Position);
        Assert.Empty(reader.Warnings);
    }

    [Fact]
    public void Reads_every_member_of_a_multi_member_gzip()
    {
        byte[] plain = SamplePcap();
        int split = 24 + 3 * 16 + 64 + 71 + 78 + 5;
        byte[] twoMembers = [.. CaptureBuilder.Gzip(plain[..split]), .. CaptureBuilder.Gzip(plain[split..])];

        var (packets, reader) = Packets.Read(twoMembers);

        Assert.Equal(200, packets.Count);
        Assert.Empty(reader.Warnings);
    }

    [Fact]
    public void Reads_pcapng_inside_zstd()
    {
        byte[] plain = SamplePcapng();

        var (packets, reader) = Packets.Read(CaptureBuilder.Zstd(plain));

        Assert.Equal("pcapng in zstd", reader.FormatDescription);
        Assert.Equal([100, 200], packets.Select(p => p.Data.Length));
    }

    [Fact]
    public void Reads_gzip_nested_inside_zstd()
    {
        var (packets, reader) = Packets.Read(CaptureBuilder.Zstd(CaptureBuilder.Gzip(SamplePcap())));

        Assert.Equal("pcap (microsecond, little-endian) in gzip in zstd", reader.FormatDescription);
        Assert.Equal(200, packets.Count);
    }

    [Fact]
    public void Refuses_a_third_layer_of_compression()
    {
        byte[] threeDeep = CaptureBuilder.Gzip(CaptureBuilder.Gzip(CaptureBuilder.Gzip(SamplePcap())));

        var refused = Assert.Throws<CaptureRefusedException>(() => CaptureReader.Open(new MemoryStream(threeDeep), "deep"));

        Assert.StartsWith("gzip of gzip of gzip", refused.LookedLike);
    }

    [Fact]
    public void A_corrupt_gzip_stream_keeps_what_was_read_and_warns_at_the_uncompressed_offset()
    {
        byte[] plain = SamplePcap();
        byte[] gzip = CaptureBuilder.Gzip(plain);
        gzip[gzip.Length / 2] ^= 0xFF;
        gzip[gzip.Length / 2 + 1] ^= 0xFF;

        var (packets, reader) = Packets.Read(gzip);

        Assert.True(packets.Count < 200);
        var fault = Assert.Single(reader.Warnings, w => w.Fault == CaptureFault.CompressionError);
        Assert.InRange(fault.Offset, 0, plain.Length);
    }

    [Theory]
    [InlineData("gzip")]
    [InlineData("zstd")]
    public void A_cut_compressed_stream_keeps_the_whole_packets_before_the_cut(string layer)
    {
        byte[] plain = SamplePcap();
        byte[] compressed = layer == "gzip" ? CaptureBuilder.Gzip(plain) : CaptureBuilder.Zstd(plain);

        var (packets, reader) = Packets.Read(compressed[..(compressed.Length * 2 / 3)]);

        Assert.InRange(packets.Count, 1, 199);
        Assert.Contains(reader.Warnings, w => w.Fault is CaptureFault.TruncatedRecord or CaptureFault.CompressionError);
        Assert.All(reader.Warnings, w => Assert.InRange(w.Offset, 0, plain.Length));
    }
}
