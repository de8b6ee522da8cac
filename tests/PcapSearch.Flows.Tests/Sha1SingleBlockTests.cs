using System.Security.Cryptography;

namespace PcapSearch.Flows.Tests;

public class Sha1SingleBlockTests
{
    [Fact]
    public void Equals_the_platform_sha1_for_every_length_it_accepts()
    {
        var random = new Random(11);
        Span<byte> ours = stackalloc byte[20];
        for (int length = 0; length <= Sha1SingleBlock.MaxInputLength; length++)
        {
            for (int round = 0; round < 20; round++)
            {
                var input = new byte[length];
                random.NextBytes(input);
                Sha1SingleBlock.Hash(input, ours);
                Assert.Equal(SHA1.HashData(input), ours.ToArray());
            }
        }
    }

    [Fact]
    public void Refuses_input_that_needs_a_second_block()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => Sha1SingleBlock.Hash(new byte[56], new byte[20]));
    }
}
