namespace PcapSearch.Capture.Tests;

public class PcapTests
{
    private const uint Base = 1_700_000_000;

    [Theory]
    [InlineData(false, false, "pcap (microsecond, little-endian)")]
    [InlineData(true, false, "pcap (microsecond, big-endian)")]
    [InlineData(false, true, "pcap (nanosecond, little-endian)")]
    [InlineData(true, true, "pcap (nanosecond, big-endian)")]
    public void Reads_both_byte_orders_and_timestamp_units(bool bigEndian, bool nanoseconds, string description)
    {
        byte[] first = Packets.Bytes(60, 1), second = Packets.Bytes(1514, 2);
        byte[] capture = CaptureBuilder.Pcap(bigEndian, nanoseconds, linkType: 1)
            .Record(1_700_000_000, 123_456, first)
            .Record(1_700_000_001, 999_999, second, originalLength: 9000)
            .ToArray();

        var (packets, reader) = Packets.Read(capture);

        Assert.Equal(description, reader.FormatDescription);
        Assert.Equal(2, packets.Count);
        long unit = nanoseconds ? 1 : 1000;
        Assert.Equal(1_700_000_000L * 1_000_000_000 + 123_456 * unit, packets[0].TimestampNs);
        Assert.Equal(1_700_000_001L * 1_000_000_000 + 999_999 * unit, packets[1].TimestampNs);
        Assert.All(packets, p => Assert.Equal(nanoseconds ? 9 : 6, p.TimestampDigits));
        Assert.Equal(first, packets[0].Data);
        Assert.Equal(second, packets[1].Data);
        Assert.Equal(60, packets[0].OriginalLength);
        Assert.Equal(9000, packets[1].OriginalLength);
        Assert.Equal(24, packets[0].FileOffset);
        Assert.Equal(24 + 16 + 60, packets[1].FileOffset);
        Assert.All(packets, p => Assert.Equal(LinkType.Ethernet, p.LinkType));
        Assert.Empty(reader.Warnings);
        Assert.Equal(capture.Length, reader.Position);
        Assert.Equal(LinkType.Ethernet, Assert.Single(reader.Interfaces).LinkType);
    }

    [Fact]
    public void Reads_the_modified_pcap_variant_with_its_longer_record_header()
    {
        byte[] data = Packets.Bytes(40, 3);
        byte[] capture = CaptureBuilder.Pcap(modified: true)
            .Record(10, 20, data, modified: true).Record(11, 0, data, modified: true).ToArray();

        var (packets, reader) = Packets.Read(capture);

        Assert.Equal("pcap (modified, microsecond, little-endian)", reader.FormatDescription);
        Assert.Equal(2, packets.Count);
        Assert.Equal(data, packets[1].Data);
        Assert.Equal(24 + 24 + 40, packets[1].FileOffset);
        Assert.Equal(10_000_020_000L, packets[0].TimestampNs);
    }

    [Fact]
    public void Masks_the_fcs_bits_off_the_link_type()
    {
        uint withFcs = 0x1000_0000 | 0x0400_0000 | 127;
        byte[] capture = CaptureBuilder.Pcap(linkType: withFcs).Record(1, 0, [1, 2, 3]).ToArray();

        var (packets, _) = Packets.Read(capture);

        Assert.Equal(LinkType.Ieee80211Radiotap, Assert.Single(packets).LinkType);
    }

    [Fact]
    public void Keeps_a_record_longer_than_the_snap_length_when_the_next_header_is_sound()
    {
        byte[] capture = CaptureBuilder.Pcap(snapLength: 16)
            .Record(1, 0, Packets.Bytes(40, 4)).Record(1, 1, Packets.Bytes(8, 5)).ToArray();

        var (packets, reader) = Packets.Read(capture);

        Assert.Equal([40, 8], packets.Select(p => p.Data.Length));
        var warning = Assert.Single(reader.Warnings);
        Assert.Equal(CaptureFault.CapturedLengthTooLarge, warning.Fault);
        Assert.Equal(24, warning.Offset);
    }

    [Fact]
    public void Resynchronises_after_a_record_header_with_an_impossible_length()
    {
        var builder = CaptureBuilder.Pcap(snapLength: 2000);
        for (int i = 0; i < 3; i++) builder.Record(Base + (uint)i, 0, Packets.Bytes(100, i));
        long badOffset = builder.Length;
        builder.Record(Base + 3, 0, Packets.Bytes(100, 3), capturedLength: 0x7000_0000);
        for (int i = 4; i < 10; i++) builder.Record(Base + (uint)i, 0, Packets.Bytes(100 + i, i));

        var (packets, reader) = Packets.Read(builder.ToArray());

        Assert.Equal([0, 1, 2, 4, 5, 6, 7, 8, 9], packets.Select(p => p.TimestampNs / 1_000_000_000 - Base));
        Assert.Equal(CaptureFault.CapturedLengthTooLarge, reader.Warnings[0].Fault);
        Assert.Equal(badOffset, reader.Warnings[0].Offset);
        Assert.Equal(CaptureFault.Resynchronised, reader.Warnings[1].Fault);
        Assert.Equal(badOffset, reader.Warnings[1].Offset);
        Assert.Contains($"skipped {16 + 100} bytes", reader.Warnings[1].Detail);
        Assert.Equal(2, reader.WarningCount);
    }

    [Fact]
    public void Reports_a_truncated_last_record_and_keeps_the_packets_before_it()
    {
        byte[] whole = CaptureBuilder.Pcap().Record(1, 0, Packets.Bytes(50, 1)).Record(2, 0, Packets.Bytes(50, 2)).ToArray();
        byte[] cut = whole[..^10];

        var (packets, reader) = Packets.Read(cut);

        Assert.Single(packets);
        var warning = Assert.Single(reader.Warnings);
        Assert.Equal(CaptureFault.TruncatedRecord, warning.Fault);
        Assert.Equal(24 + 16 + 50, warning.Offset);
        Assert.Equal(cut.Length, reader.Position);
    }

    [Fact]
    public void Keeps_only_the_first_warnings_but_counts_all()
    {
        var builder = CaptureBuilder.Pcap(snapLength: 4);
        for (int i = 0; i < 20; i++) builder.Record(1, 0, Packets.Bytes(10, i));

        var (packets, reader) = Packets.Read(builder.ToArray(), options: new CaptureReaderOptions { MaxWarningsKept = 5 });

        Assert.Equal(20, packets.Count);
        Assert.Equal(5, reader.Warnings.Count);
        Assert.Equal(20, reader.WarningCount);
    }

    [Fact]
    public void Reads_a_record_larger_than_the_buffer()
    {
        byte[] big = Packets.Bytes(3 * 1024 * 1024, 9);
        byte[] capture = CaptureBuilder.Pcap(snapLength: 0).Record(1, 0, big).Record(2, 0, [1, 2, 3]).ToArray();

        var (packets, reader) = Packets.Read(capture,
            options: new CaptureReaderOptions { MaxPacketLength = 4 * 1024 * 1024 });

        Assert.Equal(big, packets[0].Data);
        Assert.Equal([1, 2, 3], packets[1].Data);
        Assert.Empty(reader.Warnings);
    }
}
