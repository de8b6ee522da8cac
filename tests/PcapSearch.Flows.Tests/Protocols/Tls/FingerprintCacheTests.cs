using System.Security.Cryptography;
using System.Text;
using PcapSearch.Flows.Protocols.Tls;

namespace PcapSearch.Flows.Tests.Protocols.Tls;

public class FingerprintCacheTests
{
    [Fact]
    public void The_same_hello_text_gives_the_same_strings_and_the_md5_of_the_text()
    {
        byte[] text = Encoding.ASCII.GetBytes("771,4865-4866-4867,0-23-65281-10-11,29-23-24,0");

        var first = FingerprintCache.Of(text);
        var second = FingerprintCache.Of(text.ToArray());

        Assert.Same(first.Text, second.Text);
        Assert.Same(first.Md5, second.Md5);
        Assert.Equal("771,4865-4866-4867,0-23-65281-10-11,29-23-24,0", first.Text);
        Assert.Equal(Convert.ToHexStringLower(MD5.HashData(text)), first.Md5);
    }

    [Fact]
    public void Different_texts_give_different_fingerprints()
    {
        var a = FingerprintCache.Of("771,4865,0,29,0"u8);
        var b = FingerprintCache.Of("771,4866,0,29,0"u8);

        Assert.NotEqual(a.Md5, b.Md5);
    }
}
