namespace PcapSearch.Capture.Tests;

/// <summary>Damaged headers and lengths: the reader warns, recovers what it can, and never throws or hangs.</summary>
public class CorruptionTests
{
    private const uint Base = 1_700_000_000;

    private static (byte[] Bytes, long[] Offsets) TenRecordPcap()
    {
        var builder = CaptureBuilder.Pcap(snapLength: 1600);
        var offsets = new List<long>();
        for (int i = 0; i < 10; i++)
        {
            offsets.Add(builder.Length);
            builder.Record(Base + (uint)i, (uint)i * 1000, Packets.Bytes(80 + i * 3, i));
        }
        return (builder.ToArray(), offsets.ToArray());
    }

    [Theory]
    [InlineData(0u)]
    [InlineData(0xFFFF_FFFFu)]
    [InlineData(0x0001_0000u)]
    public void A_bad_captured_length_in_one_pcap_record_loses_only_that_record(uint capturedLength)
    {
        var (capture, offsets) = TenRecordPcap();
        BitConverter.TryWriteBytes(capture.AsSpan((int)offsets[4] + 8), capturedLength);

        var (packets, reader) = Packets.Read(capture);

        var seconds = packets.Select(p => p.TimestampNs / 1_000_000_000 - Base).ToList();
        Assert.Equal([0, 1, 2, 3], seconds.Take(4));
        Assert.Equal([5, 6, 7, 8, 9], seconds.TakeLast(5));
        Assert.Equal(offsets[5..], packets.TakeLast(5).Select(p => p.FileOffset));
        Assert.Contains(reader.Warnings, w => w.Fault == CaptureFault.Resynchronised);
        Assert.Equal(capture.Length, reader.Position);
    }

    [Theory]
    [InlineData(0u)]
    [InlineData(0xFFFF_FFFFu)]
    public void An_original_length_of_zero_or_all_ones_does_not_disturb_the_framing(uint originalLength)
    {
        var (capture, offsets) = TenRecordPcap();
        BitConverter.TryWriteBytes(capture.AsSpan((int)offsets[4] + 12), originalLength);

        var (packets, _) = Packets.Read(capture);

        Assert.Equal(offsets, packets.Select(p => p.FileOffset));
        Assert.InRange(packets[4].OriginalLength, 0, int.MaxValue);
    }

    [Fact]
    public void Every_single_bit_flip_in_the_headers_is_survived()
    {
        var (pcap, pcapOffsets) = TenRecordPcap();
        var pcapng = CaptureBuilder.Pcapng(bigEndian: true).Interface(1, tsresol: 9).Interface(105, tsresol: 0x80 | 24);
        var blockOffsets = new List<long> { 0, 28 };
        for (int i = 0; i < 6; i++)
        {
            blockOffsets.Add(pcapng.Length);
            pcapng.Enhanced((uint)(i % 2), (ulong)i << 40, Packets.Bytes(50 + i, i));
        }
        var headerBytes = new List<(byte[] Capture, int At)>();
        foreach (int at in Enumerable.Range(0, 24).Concat(pcapOffsets.SelectMany(o => Enumerable.Range((int)o, 16))))
        {
            headerBytes.Add((pcap, at));
        }
        byte[] ng = pcapng.ToArray();
        foreach (long block in blockOffsets)
        {
            foreach (int at in Enumerable.Range((int)block, 12)) headerBytes.Add((ng, at));
        }

        foreach (var (original, at) in headerBytes)
        {
            for (int bit = 0; bit < 8; bit++)
            {
                byte[] damaged = (byte[])original.Clone();
                damaged[at] ^= (byte)(1 << bit);
                var outcome = ReadWithoutEscapes(damaged);
                Assert.True(outcome.Packets <= 10, $"byte {at} bit {bit}: {outcome.Packets} packets");
            }
        }
    }

    [Fact]
    public void A_pcapng_block_naming_no_declared_interface_is_skipped_with_a_warning()
    {
        var builder = CaptureBuilder.Pcapng().Enhanced(0, 1, [1]);
        builder.Interface(1).Enhanced(0, 2, [2]);

        var (packets, reader) = Packets.Read(builder.ToArray());

        Assert.Equal([2_000L], packets.Select(p => p.TimestampNs));
        Assert.Equal(CaptureFault.UnknownInterface, Assert.Single(reader.Warnings).Fault);
        Assert.Equal(28, reader.Warnings[0].Offset);
    }

    [Fact]
    public void A_pcapng_packet_whose_captured_length_overruns_its_block_is_skipped()
    {
        var builder = CaptureBuilder.Pcapng().Interface(1);
        long at = builder.Length;
        builder.Enhanced(0, 1, Packets.Bytes(40, 1)).Enhanced(0, 2, Packets.Bytes(40, 2));
        byte[] capture = builder.ToArray();
        BitConverter.TryWriteBytes(capture.AsSpan((int)at + 20), 41u);

        var (packets, reader) = Packets.Read(capture);

        Assert.Equal([2_000L], packets.Select(p => p.TimestampNs));
        Assert.Equal(new CaptureWarning(at, CaptureFault.MalformedBlock, reader.Warnings[0].Detail), Assert.Single(reader.Warnings));
    }

    /// <summary>Opens and drains <paramref name="capture"/>; only a refusal from Open may escape, and it must end.</summary>
    internal static (int Packets, bool Refused) ReadWithoutEscapes(byte[] capture)
    {
        var task = Task.Run(() =>
        {
            CaptureReader reader;
            try
            {
                reader = CaptureReader.Open(new MemoryStream(capture), "mutant");
            }
            catch (CaptureRefusedException)
            {
                return (0, true);
            }
            using (reader)
            {
                int packets = 0;
                while (reader.TryRead(out _)) packets++;
                Assert.All(reader.Warnings, w => Assert.InRange(w.Offset, 0, Math.Max(capture.Length, reader.Position)));
                return (packets, false);
            }
        });
        Assert.True(task.Wait(TimeSpan.FromSeconds(30)), "the read did not finish within 30 s");
        return task.Result;
    }
}
