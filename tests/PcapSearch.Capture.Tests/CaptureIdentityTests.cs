using System.Security.Cryptography;
using PcapSearch.Testing;

namespace PcapSearch.Capture.Tests;

public class CaptureIdentityTests : IDisposable
{
    private readonly string _directory = Directory.CreateTempSubdirectory("pcapsearch-identity-").FullName;

    [Fact]
    public void The_same_bytes_have_the_same_ids_and_one_changed_byte_changes_them()
    {
        byte[] bytes = File.ReadAllBytes(TestCorpus.PathOf("arkime/dns-tcp.pcap"));
        string original = Write("a.pcap", bytes);
        string copy = Write("b.pcap", bytes);
        bytes[bytes.Length / 2] ^= 1;
        string changed = Write("c.pcap", bytes);

        Assert.Equal(CaptureIdentity.ContentIdOf(original), CaptureIdentity.ContentIdOf(copy));
        Assert.NotEqual(CaptureIdentity.ContentIdOf(original), CaptureIdentity.ContentIdOf(changed));
        Assert.Matches("^[0-9a-f]{32}$", CaptureIdentity.ContentIdOf(original));
        Assert.Equal(Convert.ToHexStringLower(SHA256.HashData(File.ReadAllBytes(original))), CaptureIdentity.Sha256Of(original));
    }

    private string Write(string name, byte[] bytes)
    {
        string path = Path.Combine(_directory, name);
        File.WriteAllBytes(path, bytes);
        return path;
    }

    public void Dispose() => Directory.Delete(_directory, recursive: true);
}
