using PcapSearch.Capture;
using PcapSearch.Decoding.Reassembly;
using static PcapSearch.Decoding.Tests.FrameBuilder;

namespace PcapSearch.Decoding.Tests;

public class ReassemblyTests
{
    private const long Second = 1_000_000_000;
    private static readonly byte[] Datagram = Udp(5000, 53, Enumerable.Range(0, 2992).Select(i => (byte)i).ToArray());

    /// <summary>IPv4 fragments of <see cref="Datagram"/> (3000 bytes) in pieces of <paramref name="pieceLength"/> bytes.</summary>
    private static List<byte[]> Ipv4Fragments(ushort id = 7, int pieceLength = 1000, string source = "10.0.0.1")
    {
        var frames = new List<byte[]>();
        for (int offset = 0; offset < Datagram.Length; offset += pieceLength)
        {
            byte[] piece = Datagram.AsSpan(offset, Math.Min(pieceLength, Datagram.Length - offset)).ToArray();
            bool more = offset + piece.Length < Datagram.Length;
            frames.Add(Ethernet(0x0800, Ipv4(source, "10.0.0.2", 17, piece, id, offset, more)));
        }
        return frames;
    }

    private static List<byte[]> Ipv6Fragments(uint id = 9)
    {
        var frames = new List<byte[]>();
        for (int offset = 0; offset < Datagram.Length; offset += 1232)
        {
            byte[] piece = Datagram.AsSpan(offset, Math.Min(1232, Datagram.Length - offset)).ToArray();
            bool more = offset + piece.Length < Datagram.Length;
            frames.Add(Ethernet(0x86DD, Ipv6("2001:db8::1", "2001:db8::2", 44, Ipv6Fragment(17, offset, more, id, piece))));
        }
        return frames;
    }

    private static DecodeOutcome Feed(PacketDecoder decoder, byte[] frame, long time, out DecodeAnomaly anomaly, out int frames, out long frameBytes, out byte[] payload)
    {
        DecodeOutcome outcome = decoder.Decode(LinkType.Ethernet, frame, frame.Length + 4, time, out DecodedPacket p);
        anomaly = p.Anomaly;
        frames = p.Frames;
        frameBytes = p.FrameBytes;
        payload = p.Payload.ToArray();
        if (outcome == DecodeOutcome.Ip)
        {
            Assert.Equal(5000, p.SourcePort);
            Assert.Equal(53, p.DestinationPort);
            Assert.Equal(17, p.Protocol);
        }
        return outcome;
    }

    private static void AssertReassembled(PacketDecoder decoder, IEnumerable<byte[]> frames, DecodeAnomaly expectedAnomaly = DecodeAnomaly.None)
    {
        byte[][] all = frames.ToArray();
        for (int i = 0; i < all.Length - 1; i++)
            Assert.Equal(DecodeOutcome.FragmentHeld, Feed(decoder, all[i], i, out _, out _, out _, out _));
        Assert.Equal(DecodeOutcome.Ip, Feed(decoder, all[^1], all.Length, out DecodeAnomaly anomaly, out int count, out long bytes, out byte[] payload));
        Assert.Equal(expectedAnomaly, anomaly);
        Assert.Equal(all.Length, count);
        Assert.Equal(all.Sum(f => (long)f.Length + 4), bytes);
        Assert.Equal(Datagram[8..], payload);
        Assert.Equal(0, decoder.Reassembler.PendingDatagrams);
        Assert.Equal(0, decoder.Reassembler.PendingBytes);
    }

    [Fact]
    public void In_order_ipv4()
    {
        var decoder = new PacketDecoder();
        AssertReassembled(decoder, Ipv4Fragments());
        Assert.Equal(1, decoder.Reassembler.Completed);
    }

    [Fact]
    public void Out_of_order_ipv4()
    {
        List<byte[]> fragments = Ipv4Fragments();
        AssertReassembled(new PacketDecoder(), [fragments[2], fragments[0], fragments[1]]);
    }

    [Fact]
    public void Duplicate_fragment_is_counted_and_flagged()
    {
        List<byte[]> fragments = Ipv4Fragments();
        var decoder = new PacketDecoder();
        Feed(decoder, fragments[0], 0, out _, out _, out _, out _);
        Assert.Equal(DecodeOutcome.FragmentHeld, Feed(decoder, fragments[0], 0, out DecodeAnomaly duplicate, out _, out _, out _));
        Assert.Equal(DecodeAnomaly.FragmentOverlap, duplicate);
        Feed(decoder, fragments[1], 0, out _, out _, out _, out _);
        Assert.Equal(DecodeOutcome.Ip, Feed(decoder, fragments[2], 0, out _, out int count, out long bytes, out byte[] payload));
        Assert.Equal(4, count);
        Assert.Equal(2L * (fragments[0].Length + 4) + fragments[1].Length + 4 + fragments[2].Length + 4, bytes);
        Assert.Equal(Datagram[8..], payload);
    }

    [Fact]
    public void Overlap_keeps_the_first_copy()
    {
        List<byte[]> fragments = Ipv4Fragments();
        byte[] rogue = Enumerable.Repeat((byte)0xEE, 1000).ToArray();
        byte[] overlapping = Ethernet(0x0800, Ipv4("10.0.0.1", "10.0.0.2", 17, rogue, 7, 504, true));
        var decoder = new PacketDecoder();
        Feed(decoder, fragments[0], 0, out _, out _, out _, out _);
        Assert.Equal(DecodeOutcome.FragmentHeld, Feed(decoder, overlapping, 0, out DecodeAnomaly anomaly, out _, out _, out _));
        Assert.Equal(DecodeAnomaly.FragmentOverlap, anomaly);
        Feed(decoder, fragments[1], 0, out anomaly, out _, out _, out _);
        Assert.Equal(DecodeAnomaly.FragmentOverlap, anomaly);
        Assert.Equal(DecodeOutcome.Ip, Feed(decoder, fragments[2], 0, out _, out int count, out _, out byte[] payload));
        Assert.Equal(4, count);
        Assert.Equal(Datagram[8..1000], payload[..992]);
        Assert.Equal(rogue[..(1504 - 1000)], payload[992..1496]);
        Assert.Equal(Datagram[1504..], payload[1496..]);
    }

    [Fact]
    public void First_fragment_alone_is_held_not_decoded()
    {
        var decoder = new PacketDecoder();
        byte[] first = Ipv4Fragments()[0];
        decoder.Decode(LinkType.Ethernet, first, first.Length, 0, out DecodedPacket p);
        Assert.Equal(DecodeOutcome.FragmentHeld, p.Outcome);
        Assert.Equal(IpAddress.Parse("10.0.0.1"), p.Source);
        Assert.Equal(17, p.Protocol);
        Assert.Equal(0, p.SourcePort);
    }

    [Fact]
    public void Never_completed_datagram_expires_by_capture_time()
    {
        var decoder = new PacketDecoder();
        List<byte[]> fragments = Ipv4Fragments();
        Feed(decoder, fragments[0], 0, out _, out _, out _, out _);
        Feed(decoder, fragments[1], 29 * Second, out _, out _, out _, out _);
        Assert.Equal(1, decoder.Reassembler.PendingDatagrams);

        Assert.Equal(DecodeOutcome.FragmentHeld, Feed(decoder, fragments[2], 31 * Second, out _, out _, out _, out _));
        Assert.Equal(1, decoder.Reassembler.Expired);
        Assert.Equal(1, decoder.Reassembler.PendingDatagrams);
        Assert.Equal(1000, decoder.Reassembler.PendingBytes);
    }

    [Fact]
    public void Ipv6_fragments_in_order_and_reversed()
    {
        AssertReassembled(new PacketDecoder(), Ipv6Fragments());
        List<byte[]> reversed = Ipv6Fragments();
        reversed.Reverse();
        AssertReassembled(new PacketDecoder(), reversed);
    }

    [Fact]
    public void Interleaved_datagrams_are_kept_apart()
    {
        List<byte[]> a = Ipv4Fragments(id: 1);
        List<byte[]> b = Ipv4Fragments(id: 2);
        List<byte[]> v6 = Ipv6Fragments(id: 1);
        var decoder = new PacketDecoder();
        for (int i = 0; i < 2; i++)
        {
            Feed(decoder, a[i], 0, out _, out _, out _, out _);
            Feed(decoder, b[i], 0, out _, out _, out _, out _);
            Feed(decoder, v6[i], 0, out _, out _, out _, out _);
        }
        Assert.Equal(3, decoder.Reassembler.PendingDatagrams);
        Assert.Equal(DecodeOutcome.Ip, Feed(decoder, b[2], 0, out _, out int count, out _, out byte[] payload));
        Assert.Equal(3, count);
        Assert.Equal(Datagram[8..], payload);
        Assert.Equal(DecodeOutcome.Ip, Feed(decoder, a[2], 0, out _, out _, out _, out _));
        Assert.Equal(DecodeOutcome.Ip, Feed(decoder, v6[2], 0, out _, out _, out _, out _));
    }

    [Fact]
    public void Fragmented_tunnel_carrier_is_reassembled_then_followed()
    {
        byte[] gre = Gre(0x0800, CraftedFrames.Ipv4Tcp, key: 5);
        byte[] first = Ethernet(0x0800, Ipv4("192.0.2.1", "192.0.2.2", 47, gre[..24], 3, 0, true));
        byte[] second = Ethernet(0x0800, Ipv4("192.0.2.1", "192.0.2.2", 47, gre[24..], 3, 24, false));
        var decoder = new PacketDecoder();
        decoder.Decode(LinkType.Ethernet, first, first.Length, 0, out _);
        decoder.Decode(LinkType.Ethernet, second, second.Length, 0, out DecodedPacket p);
        Assert.Equal(DecodeOutcome.Ip, p.Outcome);
        Assert.Equal(2, p.Frames);
        Assert.Equal(5u, p.TunnelId);
        Assert.Equal(1234, p.SourcePort);
        Assert.True(p.HasOuterIp);
    }

    [Fact]
    public void Pending_datagram_cap_evicts_the_oldest()
    {
        var decoder = new PacketDecoder(new DecoderOptions { Reassembly = new ReassemblyOptions { MaxPendingDatagrams = 4 } });
        for (int id = 0; id < 10; id++)
        {
            Feed(decoder, Ipv4Fragments((ushort)id)[0], id, out DecodeAnomaly anomaly, out _, out _, out _);
            Assert.Equal(id >= 4 ? DecodeAnomaly.FragmentTableFull : DecodeAnomaly.None, anomaly);
            Assert.True(decoder.Reassembler.PendingDatagrams <= 4);
        }
        Assert.Equal(6, decoder.Reassembler.Evicted);
        // The newest four survive and complete; the evicted ones cannot.
        List<byte[]> newest = Ipv4Fragments(9);
        Feed(decoder, newest[1], 10, out _, out _, out _, out _);
        Assert.Equal(DecodeOutcome.Ip, Feed(decoder, newest[2], 10, out _, out _, out _, out _));
        Assert.Equal(DecodeOutcome.FragmentHeld, Feed(decoder, Ipv4Fragments(0)[1], 10, out _, out _, out _, out _));
    }

    [Fact]
    public void Total_bytes_cap_evicts_the_oldest()
    {
        var decoder = new PacketDecoder(new DecoderOptions { Reassembly = new ReassemblyOptions { MaxTotalBytes = 2500 } });
        for (int id = 0; id < 6; id++)
        {
            Feed(decoder, Ipv4Fragments((ushort)id)[0], id, out _, out _, out _, out _);
            Assert.True(decoder.Reassembler.PendingBytes <= 2500);
        }
        Assert.Equal(2, decoder.Reassembler.PendingDatagrams);
        Assert.Equal(4, decoder.Reassembler.Evicted);
    }

    [Fact]
    public void Datagram_larger_than_one_fragment_allows_is_refused()
    {
        var decoder = new PacketDecoder(new DecoderOptions { Reassembly = new ReassemblyOptions { MaxDatagramBytes = 2000 } });
        List<byte[]> fragments = Ipv4Fragments();
        Feed(decoder, fragments[0], 0, out _, out _, out _, out _);
        Feed(decoder, fragments[1], 0, out _, out _, out _, out _);
        Assert.Equal(DecodeOutcome.Malformed, Feed(decoder, fragments[2], 0, out DecodeAnomaly anomaly, out _, out _, out _));
        Assert.Equal(DecodeAnomaly.FragmentTooLarge, anomaly);
        Assert.True(decoder.Reassembler.PendingBytes <= 2000);
    }

    [Fact]
    public void Fragment_reaching_past_65535_is_refused()
    {
        byte[] frame = Ethernet(0x0800, Ipv4("10.0.0.1", "10.0.0.2", 17, Bytes(800), 1, 0x1FFF * 8, false));
        new PacketDecoder().Decode(LinkType.Ethernet, frame, frame.Length, 0, out DecodedPacket p);
        Assert.Equal(DecodeOutcome.Malformed, p.Outcome);
        Assert.Equal(DecodeAnomaly.FragmentTooLarge, p.Anomaly);
    }

    [Fact]
    public void Steady_state_reassembly_does_not_allocate()
    {
        var decoder = new PacketDecoder();
        List<byte[]> fragments = Ipv4Fragments();
        (LinkType Link, byte[] Frame)[] crafted = CraftedFrames.All.Values.ToArray();
        for (int warm = 0; warm < 3; warm++)
        {
            foreach (byte[] f in fragments) decoder.Decode(LinkType.Ethernet, f, f.Length, 0, out _);
            foreach ((LinkType link, byte[] frame) in crafted) decoder.Decode(link, frame, frame.Length, 0, out _);
        }

        long before = GC.GetAllocatedBytesForCurrentThread();
        for (int round = 0; round < 100; round++)
            foreach (byte[] f in fragments) decoder.Decode(LinkType.Ethernet, f, f.Length, round, out _);
        foreach ((LinkType link, byte[] frame) in crafted)
            decoder.Decode(link, frame, frame.Length, 100, out _);
        Assert.Equal(0, GC.GetAllocatedBytesForCurrentThread() - before);
    }
}
