using PcapSearch.Capture;

namespace PcapSearch.Decoding.Tests;

/// <summary>No input makes Decode throw: every prefix of every crafted frame, and seeded random mutations.</summary>
public class RobustnessTests
{
    public static TheoryData<string> CraftedNames => CraftedFrames.Names();

    [Theory]
    [MemberData(nameof(CraftedNames))]
    public void Every_prefix_decodes_without_exception(string name)
    {
        (LinkType link, byte[] frame) = CraftedFrames.Get(name);
        var decoder = new PacketDecoder();
        for (int length = 0; length <= frame.Length; length++)
        {
            DecodeOutcome outcome = decoder.Decode(link, frame.AsSpan(0, length), frame.Length, 0, out DecodedPacket p);
            Assert.Equal(p.Outcome, outcome);
            Assert.True(p.Payload.Length <= length);
            if (length < frame.Length && outcome == DecodeOutcome.Ip) Assert.True(p.PayloadWireLength >= p.Payload.Length);
        }
    }

    [Fact]
    public void Every_16_bit_field_of_crafted_frames_set_to_0_and_ffff()
    {
        var decoder = new PacketDecoder();
        foreach ((LinkType link, byte[] original) in CraftedFrames.All.Values)
        {
            for (int at = 0; at + 1 < original.Length && at < 160; at++)
            {
                foreach (byte value in new byte[] { 0x00, 0xFF })
                {
                    byte[] frame = (byte[])original.Clone();
                    frame[at] = value;
                    frame[at + 1] = value;
                    decoder.Decode(link, frame, frame.Length, at, out _);
                }
            }
        }
    }

    [Fact]
    public void Seeded_random_mutations_never_throw()
    {
        var random = new Random(20240607);
        var decoder = new PacketDecoder();
        var sources = new List<(LinkType Link, byte[] Frame)>(CraftedFrames.All.Values);
        IReadOnlyList<CorpusFrame> corpus = CorpusFrames.All;
        for (int i = 0; i < corpus.Count; i += Math.Max(1, corpus.Count / 5000))
            sources.Add(((LinkType)(ushort)corpus[i].LinkLayer, corpus[i].Data));

        for (int round = 0; round < 40; round++)
        {
            foreach ((LinkType link, byte[] original) in sources)
            {
                if (original.Length == 0) continue;
                byte[] frame = Mutate(random, original);
                decoder.Decode(link, frame, Math.Max(frame.Length, original.Length), round * 1_000_000_000L, out _);
            }
        }
    }

    private static byte[] Mutate(Random random, byte[] original)
    {
        byte[] frame = (byte[])original.Clone();
        switch (random.Next(4))
        {
            case 0:
                for (int flips = random.Next(1, 9); flips > 0; flips--)
                    frame[random.Next(frame.Length)] ^= (byte)(1 << random.Next(8));
                return frame;
            case 1:
                return frame[..random.Next(frame.Length)];
            default:
                if (frame.Length < 2) return frame;
                int at = random.Next(Math.Min(frame.Length - 1, 128));
                byte value = random.Next(2) == 0 ? (byte)0 : (byte)0xFF;
                frame[at] = value;
                frame[at + 1] = value;
                return frame;
        }
    }
}
