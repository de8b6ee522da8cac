namespace PcapSearch.Capture.Tests;

public class ChunkedReadTests
{
    /// <summary>Hands out at most a random handful of bytes per read, like a pipe or a decompressor.</summary>
    private sealed class DribblingStream(byte[] data, int seed, int largestRead) : ForwardOnlyStream
    {
        private readonly Random _random = new(seed);
        private int _position;

        public override int Read(Span<byte> buffer)
        {
            int n = Math.Min(Math.Min(buffer.Length, _random.Next(1, largestRead + 1)), data.Length - _position);
            data.AsSpan(_position, n).CopyTo(buffer);
            _position += n;
            return n;
        }
    }

    public static IEnumerable<object[]> Captures()
    {
        var pcap = CaptureBuilder.Pcap();
        for (int i = 0; i < 300; i++) pcap.Record(1_700_000_000, (uint)i, Packets.Bytes(i % 97 * 13, i));
        var pcapng = CaptureBuilder.Pcapng().Interface(1).Interface(113, tsresol: 9);
        for (int i = 0; i < 300; i++) pcapng.Enhanced((uint)(i % 2), (ulong)i * 1000, Packets.Bytes(i % 89 * 11, i));
        yield return ["pcap", pcap.ToArray()];
        yield return ["pcapng", pcapng.ToArray()];
        yield return ["pcap.gz", CaptureBuilder.Gzip(pcap.ToArray())];
        yield return ["pcapng.zst", CaptureBuilder.Zstd(pcapng.ToArray())];
    }

    [Theory]
    [MemberData(nameof(Captures))]
    public void Short_reads_give_the_same_packets_as_one_read(string name, byte[] capture)
    {
        var (expected, plain) = Packets.Read(capture, name);

        foreach (int seed in new[] { 1, 2, 3 })
        {
            foreach (int largest in new[] { 1, 7, 4096 })
            {
                using var reader = CaptureReader.Open(new DribblingStream(capture, seed, largest), name);
                var packets = Packets.ReadAll(reader);
                Assert.Equal(expected, packets, PacketComparer.Instance);
                Assert.Equal(plain.Position, reader.Position);
                Assert.Empty(reader.Warnings);
            }
        }
    }
}
