using PcapSearch.Testing;

namespace PcapSearch.Capture.Tests;

/// <summary>
/// A seeded mutation loop over a few corpus captures: bit flips, truncations and length fields set
/// to 0 or 2^32-1. Nothing may escape TryRead and every read must end.
/// </summary>
public class MutationTests
{
    private const int MutationsPerCapture = 300;

    [Theory]
    [InlineData("arkime/socks5-http-302.pcap")]
    [InlineData("tcpdump/pptp.pcap")]
    [InlineData("tcpdump/tcp-handshake-nano.pcap")]
    [InlineData("zeek/pcapng-multi-interface.pcapng")]
    [InlineData("zeek/irc-dcc-state-growth.pcapng")]
    [InlineData("zeek/vlan-pcp-dei.pcapng")]
    public void Mutated_captures_never_throw_or_hang(string relative)
    {
        byte[] original = File.ReadAllBytes(TestCorpus.PathOf(relative));
        var random = new Random(relative.Length * 7919 + original.Length);
        for (int i = 0; i < MutationsPerCapture; i++)
        {
            byte[] mutant = Mutate(original, random);
            if (i % 10 == 0) mutant = CaptureBuilder.Gzip(mutant);
            CorruptionTests.ReadWithoutEscapes(mutant);
        }
    }

    private static byte[] Mutate(byte[] original, Random random)
    {
        byte[] mutant = (byte[])original.Clone();
        int edits = random.Next(1, 4);
        for (int e = 0; e < edits && mutant.Length > 8; e++)
        {
            switch (random.Next(4))
            {
                case 0:
                    mutant[random.Next(mutant.Length)] ^= (byte)(1 << random.Next(8));
                    break;
                case 1:
                    mutant = mutant[..random.Next(mutant.Length)];
                    break;
                case 2:
                    BitConverter.TryWriteBytes(mutant.AsSpan(random.Next(mutant.Length - 4) & ~3), 0u);
                    break;
                default:
                    BitConverter.TryWriteBytes(mutant.AsSpan(random.Next(mutant.Length - 4) & ~3), uint.MaxValue);
                    break;
            }
        }
        return mutant;
    }
}
