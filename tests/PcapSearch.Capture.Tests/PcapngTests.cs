namespace PcapSearch.Capture.Tests;

public class PcapngTests
{
    private const long Second = 1_000_000_000;

    [Fact]
    public void Reads_sections_of_both_byte_orders_with_their_own_interfaces_and_resolutions()
    {
        byte[] a = Packets.Bytes(60, 1), b = Packets.Bytes(61, 2), c = Packets.Bytes(100, 3), d = Packets.Bytes(33, 4),
            e = Packets.Bytes(70, 5), f = Packets.Bytes(71, 6);
        var offsets = new List<long>();
        var le = CaptureBuilder.Pcapng(bigEndian: false)
            .Interface(1, snapLength: 65535, name: "eth0")
            .Interface(101, tsresol: 9, tsoffset: 100);
        offsets.Add(le.Length);
        le.Enhanced(0, 1_700_000_000_123_456UL, a, originalLength: 1514);
        offsets.Add(le.Length);
        le.Enhanced(1, 1_700_000_000_987_654_321UL, b)
            .Names(([10, 0, 0, 1], ["a.example", "b.example"]), (IPv6Loopback, ["localhost"]))
            .Block(0x0BAD_F00D, x => x.U32(1).U32(2).U32(3));
        offsets.Add(le.Length);
        le.Simple(c, originalLength: 100);

        var be = new CaptureBuilder(bigEndian: true).Section()
            .Interface(113, tsresol: 3)
            .Interface(105, tsresol: 0x80 | 20);
        long sectionStart = le.Length;
        offsets.Add(sectionStart + be.Length);
        be.Enhanced(0, 1_700_000_000_123UL, d);
        offsets.Add(sectionStart + be.Length);
        be.Enhanced(1, (1_700_000_000UL << 20) + (1 << 19) + 1, e);
        offsets.Add(sectionStart + be.Length);
        be.ObsoletePacket(1, 1_700_000_001UL << 20, f);
        long unknownAt = sectionStart + be.Length;
        be.Enhanced(5, 0, f);
        byte[] capture = [.. le.ToArray(), .. be.ToArray()];

        var (packets, reader) = Packets.Read(capture);

        Assert.Equal("pcapng", reader.FormatDescription);
        Assert.Equal(offsets, packets.Select(p => p.FileOffset));
        Assert.Equal([a, b, c, d, e, f], packets.Select(p => p.Data));
        Assert.Equal([1514, 61, 100, 33, 70, 71], packets.Select(p => p.OriginalLength));
        Assert.Equal([LinkType.Ethernet, LinkType.Raw, LinkType.Ethernet, LinkType.LinuxSll, LinkType.Ieee80211, LinkType.Ieee80211],
            packets.Select(p => p.LinkType));
        Assert.Equal([0, 1, 0, 0, 1, 1], packets.Select(p => p.InterfaceId));
        Assert.Equal([6, 9, 6, 3, 9, 9], packets.Select(p => (int)p.TimestampDigits));
        Assert.Equal(
            [
                1_700_000_000_123_456_000L,
                1_700_000_000_987_654_321L + 100 * Second,
                1_700_000_000_987_654_321L + 100 * Second,
                1_700_000_000_123_000_000L,
                1_700_000_000_500_000_953L,
                1_700_000_001L * Second,
            ],
            packets.Select(p => p.TimestampNs));

        Assert.Equal(
            [new ResolvedName("10.0.0.1", "a.example"), new ResolvedName("10.0.0.1", "b.example"), new ResolvedName("::1", "localhost")],
            reader.ResolvedNames);
        Assert.Equal(
            [
                new CaptureInterface(0, 0, LinkType.Ethernet, 65535, 6, 0, "eth0"),
                new CaptureInterface(0, 1, LinkType.Raw, 0, 9, 100, null),
                new CaptureInterface(1, 0, LinkType.LinuxSll, 0, 3, 0, null),
                new CaptureInterface(1, 1, LinkType.Ieee80211, 0, 9, 0, null),
            ],
            reader.Interfaces);
        var warning = Assert.Single(reader.Warnings);
        Assert.Equal(CaptureFault.UnknownInterface, warning.Fault);
        Assert.Equal(unknownAt, warning.Offset);
        Assert.Equal(capture.Length, reader.Position);
    }

    [Fact]
    public void Snap_length_limits_a_simple_packet()
    {
        byte[] capture = CaptureBuilder.Pcapng().Interface(1, snapLength: 20).Simple(Packets.Bytes(64, 1), originalLength: 64).ToArray();

        var (packets, _) = Packets.Read(capture);

        Assert.Equal(20, Assert.Single(packets).Data.Length);
        Assert.Equal(64, packets[0].OriginalLength);
    }

    [Fact]
    public void Takes_a_section_header_without_a_section_length()
    {
        // The builder writes section length -1 ("not given"), as most writers do.
        byte[] capture = CaptureBuilder.Pcapng().Interface(1).Enhanced(0, 5, [9]).Section().Interface(1).Enhanced(0, 6, [8]).ToArray();

        var (packets, reader) = Packets.Read(capture);

        Assert.Equal([5_000L, 6_000L], packets.Select(p => p.TimestampNs));
        Assert.Empty(reader.Warnings);
    }

    [Fact]
    public void A_block_whose_trailer_disagrees_is_reported_and_the_next_block_is_found()
    {
        var builder = CaptureBuilder.Pcapng().Interface(1).Enhanced(0, 1, Packets.Bytes(40, 1));
        long badAt = builder.Length;
        builder.Enhanced(0, 2, Packets.Bytes(40, 2));
        long nextAt = builder.Length;
        builder.Enhanced(0, 3, Packets.Bytes(40, 3));
        byte[] capture = builder.ToArray();
        capture[nextAt - 1] ^= 0x40;

        var (packets, reader) = Packets.Read(capture);

        Assert.Equal([1_000L, 3_000L], packets.Select(p => p.TimestampNs));
        Assert.Equal(CaptureFault.BadBlockLength, reader.Warnings[0].Fault);
        Assert.Equal(badAt, reader.Warnings[0].Offset);
        Assert.Equal(CaptureFault.Resynchronised, reader.Warnings[1].Fault);
        Assert.Contains($"at offset {nextAt}", reader.Warnings[1].Detail);
    }

    [Theory]
    [InlineData(0u)]
    [InlineData(13u)]
    [InlineData(0xFFFF_FFFFu)]
    public void A_block_length_that_is_impossible_is_reported_and_the_next_block_is_found(uint length)
    {
        var builder = CaptureBuilder.Pcapng().Interface(1).Enhanced(0, 1, Packets.Bytes(40, 1));
        long badAt = builder.Length;
        builder.Enhanced(0, 2, Packets.Bytes(40, 2)).Enhanced(0, 3, Packets.Bytes(40, 3));
        byte[] capture = builder.ToArray();
        BitConverter.TryWriteBytes(capture.AsSpan((int)badAt + 4), length);

        var (packets, reader) = Packets.Read(capture);

        Assert.Equal([1_000L, 3_000L], packets.Select(p => p.TimestampNs));
        Assert.Equal(CaptureFault.BadBlockLength, reader.Warnings[0].Fault);
        Assert.Equal(badAt, reader.Warnings[0].Offset);
    }

    [Theory]
    [InlineData((byte)6, 1_700_000_000_123_456UL, 1_700_000_000_123_456_000L, 6)]
    [InlineData((byte)0, 1_700_000_000UL, 1_700_000_000_000_000_000L, 0)]
    [InlineData((byte)3, 1_700_000_000_999UL, 1_700_000_000_999_000_000L, 3)]
    [InlineData((byte)9, 1_700_000_000_000_000_001UL, 1_700_000_000_000_000_001L, 9)]
    [InlineData((byte)12, 1_000_123_456_789_012UL, 1_000_123_456_789L, 9)]
    [InlineData((byte)19, 17_000_000_000_000_000_000UL, 1_700_000_000L, 9)]
    [InlineData((byte)0x80, 5UL, 5_000_000_000L, 9)]
    [InlineData((byte)(0x80 | 20), 1UL, 953L, 9)]
    [InlineData((byte)(0x80 | 63), (1UL << 63) | (1UL << 62), 1_500_000_000L, 9)]
    public void Converts_every_timestamp_resolution_to_nanoseconds_exactly(byte tsresol, ulong units, long expectedNs, int digits)
    {
        byte[] capture = CaptureBuilder.Pcapng().Interface(1, tsresol: tsresol).Enhanced(0, units, [1]).ToArray();

        var (packets, reader) = Packets.Read(capture);

        Assert.Equal(expectedNs, Assert.Single(packets).TimestampNs);
        Assert.Equal(digits, packets[0].TimestampDigits);
        Assert.Empty(reader.Warnings);
    }

    [Fact]
    public void A_timestamp_offset_is_added_in_whole_seconds_and_may_be_negative()
    {
        byte[] capture = CaptureBuilder.Pcapng().Interface(1, tsoffset: -10).Enhanced(0, 10_000_001, [1]).ToArray();

        var (packets, _) = Packets.Read(capture);

        Assert.Equal(1_000L, Assert.Single(packets).TimestampNs);
    }

    [Fact]
    public void A_resolution_too_fine_to_scale_is_reported_and_read_as_microseconds()
    {
        byte[] capture = CaptureBuilder.Pcapng().Interface(1, tsresol: 20).Enhanced(0, 7, [1]).ToArray();

        var (packets, reader) = Packets.Read(capture);

        Assert.Equal(7_000L, Assert.Single(packets).TimestampNs);
        Assert.Equal(new CaptureWarning(28, CaptureFault.MalformedBlock, reader.Warnings[0].Detail), Assert.Single(reader.Warnings));
    }

    private static readonly byte[] IPv6Loopback = [0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 1];
}
