using PcapSearch.Capture;
using PcapSearch.Testing;

namespace PcapSearch.Ingest.Tests;

public sealed class CaptureStorageTests : IDisposable
{
    private readonly IntakeFixture _fixture = new(maxCaptureBytes: 4096);

    public void Dispose() => _fixture.Dispose();

    [Fact]
    public async Task Stored_file_is_named_by_its_sha256_and_carries_both_identities_of_the_file()
    {
        string original = TestCorpus.PathOf(IntakeFixture.Capture);
        await using var content = File.OpenRead(original);

        var stored = await _fixture.Storage.StoreAsync(content, "dns-tcp.pcap");

        Assert.Equal(CaptureIdentity.Sha256Of(original), stored.Sha256);
        Assert.Equal(CaptureIdentity.ContentIdOf(original), stored.Id);
        Assert.Equal(Path.Combine(_fixture.DataDirectory, "captures", stored.Sha256[..2], stored.Sha256), stored.Path);
        Assert.Equal(File.ReadAllBytes(original), File.ReadAllBytes(stored.Path));
        Assert.Equal(new FileInfo(original).Length, stored.Size);
        Assert.False(stored.AlreadyStored);
        Assert.StartsWith("file:///", stored.Uri);
    }

    [Fact]
    public async Task Same_bytes_twice_are_stored_once()
    {
        byte[] bytes = IntakeFixture.Bytes(IntakeFixture.Capture);

        var first = await _fixture.Storage.StoreAsync(new MemoryStream(bytes), "a.pcap");
        var second = await _fixture.Storage.StoreAsync(new MemoryStream(bytes), "b.pcap");

        Assert.True(second.AlreadyStored);
        Assert.Equal(first.Path, second.Path);
        Assert.Equal([first.Path], _fixture.StoredFiles());
    }

    [Fact]
    public async Task Input_over_the_size_limit_is_refused_and_nothing_of_it_is_kept()
    {
        var tooLarge = new MemoryStream(new byte[4097]);

        var refusal = await Assert.ThrowsAsync<IntakeRefusedException>(() => _fixture.Storage.StoreAsync(tooLarge, "big.pcap"));

        Assert.Contains("big.pcap", refusal.Message);
        Assert.Contains("4,096", refusal.Message);
        Assert.Empty(_fixture.StoredFiles());
    }

    [Fact]
    public async Task Input_of_exactly_the_size_limit_is_stored()
    {
        var stored = await _fixture.Storage.StoreAsync(new MemoryStream(new byte[4096]), "exact.bin");

        Assert.Equal(4096, new FileInfo(stored.Path).Length);
    }

    [Fact]
    public void Hashing_in_pieces_gives_the_identities_of_the_whole_file()
    {
        string original = TestCorpus.PathOf(IntakeFixture.OtherCapture);
        byte[] bytes = File.ReadAllBytes(original);
        using var hashes = new CaptureHashes();

        for (int at = 0; at < bytes.Length; at += 777) hashes.Append(bytes.AsSpan(at, Math.Min(777, bytes.Length - at)));

        Assert.Equal(CaptureIdentity.ContentIdOf(original), hashes.ContentId);
        Assert.Equal(CaptureIdentity.Sha256Of(original), hashes.Sha256);
    }
}
