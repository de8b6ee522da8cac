namespace PcapSearch.Capture.Tests;

/// <summary>Every truncation of a valid capture yields the whole packets before the cut, and says where it was cut.</summary>
public class PrefixTests
{
    private static readonly (byte[] Bytes, long[] Boundaries, int PacketBlocks) Pcap = BuildPcap();
    private static readonly (byte[] Bytes, long[] Boundaries, bool[] IsPacket) Pcapng = BuildPcapng();

    private static (byte[], long[], int) BuildPcap()
    {
        var builder = CaptureBuilder.Pcap(bigEndian: true, nanoseconds: true);
        var boundaries = new List<long> { builder.Length };
        foreach (int size in new[] { 1, 60, 0, 17, 130 })
        {
            builder.Record(1_700_000_000 + (uint)size, 5, Packets.Bytes(size, size));
            boundaries.Add(builder.Length);
        }
        return (builder.ToArray(), boundaries.ToArray(), 5);
    }

    private static (byte[], long[], bool[]) BuildPcapng()
    {
        var builder = CaptureBuilder.Pcapng();
        var boundaries = new List<long> { builder.Length };
        var isPacket = new List<bool>();
        void Mark(bool packet)
        {
            boundaries.Add(builder.Length);
            isPacket.Add(packet);
        }
        builder.Interface(1, tsresol: 9); Mark(false);
        builder.Enhanced(0, 10, Packets.Bytes(33, 1)); Mark(true);
        builder.Names(([192, 168, 0, 1], ["router"])); Mark(false);
        builder.Simple(Packets.Bytes(7, 2), 7); Mark(true);
        builder.Section(); Mark(false);
        builder.Interface(101); Mark(false);
        builder.ObsoletePacket(0, 11, Packets.Bytes(5, 3)); Mark(true);
        builder.Enhanced(0, 12, Packets.Bytes(64, 4)); Mark(true);
        return (builder.ToArray(), boundaries.ToArray(), isPacket.ToArray());
    }

    public static IEnumerable<object[]> PcapLengths() => Enumerable.Range(0, Pcap.Bytes.Length + 1).Select(n => new object[] { n });

    public static IEnumerable<object[]> PcapngLengths() => Enumerable.Range(0, Pcapng.Bytes.Length + 1).Select(n => new object[] { n });

    [Theory]
    [MemberData(nameof(PcapLengths))]
    public void Every_prefix_of_a_pcap(int length)
    {
        byte[] prefix = Pcap.Bytes[..length];
        if (length < Pcap.Boundaries[0])
        {
            var refused = Assert.Throws<CaptureRefusedException>(() => CaptureReader.Open(new MemoryStream(prefix), "cut"));
            if (length == 0) Assert.Equal("empty file", refused.LookedLike);
            else if (length >= 4) Assert.Equal($"a pcap header cut short ({length} bytes)", refused.LookedLike);
            return;
        }

        var (packets, reader) = Packets.Read(prefix);

        int whole = Pcap.Boundaries.Count(b => b <= length) - 1;
        Assert.Equal(Pcap.Boundaries[..whole], packets.Select(p => p.FileOffset));
        AssertCutReported(reader, Pcap.Boundaries, length);
    }

    [Theory]
    [MemberData(nameof(PcapngLengths))]
    public void Every_prefix_of_a_pcapng(int length)
    {
        byte[] prefix = Pcapng.Bytes[..length];
        if (length < Pcapng.Boundaries[0])
        {
            var refused = Assert.Throws<CaptureRefusedException>(() => CaptureReader.Open(new MemoryStream(prefix), "cut"));
            if (length == 0) Assert.Equal("empty file", refused.LookedLike);
            else if (length >= 4) Assert.Equal($"a pcapng header cut short ({length} bytes)", refused.LookedLike);
            return;
        }

        var (packets, reader) = Packets.Read(prefix);

        var expected = Enumerable.Range(0, Pcapng.IsPacket.Length)
            .Where(i => Pcapng.IsPacket[i] && Pcapng.Boundaries[i + 1] <= length)
            .Select(i => Pcapng.Boundaries[i]);
        Assert.Equal(expected, packets.Select(p => p.FileOffset));
        AssertCutReported(reader, Pcapng.Boundaries, length);
    }

    private static void AssertCutReported(CaptureReader reader, long[] boundaries, int length)
    {
        long recordStart = boundaries.Last(b => b <= length);
        if (recordStart == length)
        {
            Assert.Empty(reader.Warnings);
            return;
        }
        var warning = Assert.Single(reader.Warnings);
        Assert.Equal(CaptureFault.TruncatedRecord, warning.Fault);
        Assert.Equal(recordStart, warning.Offset);
        Assert.Equal(length, reader.Position);
    }
}
