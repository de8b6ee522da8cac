using System.Security.Cryptography;
using BenchmarkDotNet.Attributes;
using PcapSearch.Capture;
using PcapSearch.Ingest.Storage;

namespace PcapSearch.Benchmarks;

/// <summary>
/// The intake's storage step on 256 MiB per operation, from memory to a file in the temp directory (fsync
/// included): both hashes and the write in one pass, against each part alone. What is left per capture
/// after this is the catalog upsert and the announcement.
/// </summary>
[MemoryDiagnoser]
[SimpleJob(launchCount: 1, warmupCount: 1, iterationCount: 5)]
public class CaptureStorageBenchmarks
{
    private const int Size = 256 << 20;

    private byte[] _content = null!;
    private string _directory = null!;
    private CaptureStorage _storage = null!;

    [GlobalSetup]
    public void Setup()
    {
        _content = new byte[Size];
        new Random(3).NextBytes(_content);
        _directory = Path.Combine(Path.GetTempPath(), "pcapsearch-storage-benchmarks");
        _storage = new CaptureStorage(_directory, maxCaptureBytes: null);
    }

    [GlobalCleanup]
    public void Cleanup()
    {
        if (Directory.Exists(_directory)) Directory.Delete(_directory, recursive: true);
    }

    [IterationCleanup]
    public void RemoveStored()
    {
        if (Directory.Exists(_storage.Root)) Directory.Delete(_storage.Root, recursive: true);
    }

    [Benchmark(Baseline = true, Description = "Store (sha256 + capture id + write + rename)")]
    public async Task<string> Store() => (await _storage.StoreAsync(new MemoryStream(_content, writable: false), "bench.pcap")).Sha256;

    [Benchmark(Description = "sha256 + capture id only")]
    public string HashesOnly()
    {
        using var hashes = new CaptureHashes();
        hashes.Append(_content);
        return hashes.Sha256;
    }

    [Benchmark(Description = "sha256 only")]
    public byte[] Sha256Only() => SHA256.HashData(_content);
}
