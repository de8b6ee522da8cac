using Microsoft.Extensions.Logging.Abstractions;
using PcapSearch.Ingest.S3;
using PcapSearch.Ingest.Watching;

namespace PcapSearch.Ingest.Tests;

public sealed class S3BucketWatcherTests(S3rverFixture server) : IClassFixture<S3rverFixture>, IDisposable
{
    private readonly IntakeFixture _fixture = new();
    private readonly string _prefix = Guid.NewGuid().ToString("N") + "/";

    public void Dispose() => _fixture.Dispose();

    private S3BucketWatcher NewWatcher(ICaptureIntake intake, long? maxCaptureBytes = null, int pageSize = 2) =>
        new(intake, _fixture.Options with { S3 = server.Options(_prefix, pageSize), MaxCaptureBytes = maxCaptureBytes }, NullLogger<S3BucketWatcher>.Instance);

    [SkippableFact]
    public async Task Every_page_of_the_listing_is_taken_and_a_restart_takes_nothing_again()
    {
        Skip.If(server.SkipReason != null, server.SkipReason);
        byte[] dns = IntakeFixture.Bytes(IntakeFixture.Capture);
        await server.PutAsync(_prefix + "site-a/dns.pcap", dns);
        await server.PutAsync(_prefix + "site-a/http.pcap", IntakeFixture.Bytes(IntakeFixture.OtherCapture));
        await server.PutAsync(_prefix + "site-b/https.pcap", IntakeFixture.Bytes("arkime/https-connect.pcap"));
        await server.PutAsync(_prefix + "site-b/dns-again.pcap", dns);
        await server.PutAsync(_prefix + "notes.txt", "shift notes, not a capture\n"u8.ToArray());
        await server.PutAsync("elsewhere/" + _prefix + "outside.pcap", dns);

        ScanResult first;
        using (var watcher = NewWatcher(_fixture.Intake)) first = Summarise(await watcher.ScanAsync());
        var afterRestart = new RecordingAnnouncer();
        using var restarted = NewWatcher(new CaptureIntake(_fixture.Storage, _fixture.Catalog, afterRestart));
        var second = Summarise(await restarted.ScanAsync());
        await server.PutAsync(_prefix + "site-b/late.pcap", IntakeFixture.Bytes("arkime/v6-http.pcap"));
        var third = Summarise(await restarted.ScanAsync());

        Assert.Equal(new ScanResult(4, 1, 0), first);
        Assert.Equal(3, _fixture.Announcer.Announced.Count);
        var dnsRecord = _fixture.Catalog.Capture(_fixture.Announcer.Announced.Single(a => a.Name == "dns.pcap").CaptureId)!;
        Assert.Equal(["dns-again.pcap", "dns.pcap"], dnsRecord.Names.Order());
        Assert.StartsWith($"s3://{S3rverFixture.Bucket}/{_prefix}site-", dnsRecord.Source);
        Assert.Equal(new ScanResult(0, 0, 5), second);
        Assert.Equal(new ScanResult(1, 0, 5), third);
        Assert.Equal("late.pcap", Assert.Single(afterRestart.Announced).Name);
    }

    [SkippableFact]
    public async Task An_object_over_the_size_limit_is_not_downloaded_and_not_tried_again()
    {
        Skip.If(server.SkipReason != null, server.SkipReason);
        byte[] dns = IntakeFixture.Bytes(IntakeFixture.Capture);
        await server.PutAsync(_prefix + "huge.pcap", dns);

        using var watcher = NewWatcher(_fixture.Intake, maxCaptureBytes: dns.Length - 1);
        var first = await watcher.ScanAsync();
        var second = await watcher.ScanAsync();

        Assert.Equal(new ScanResult(0, 1, 0), Summarise(first));
        Assert.Equal(new ScanResult(0, 0, 1), Summarise(second));
        Assert.Empty(_fixture.StoredFiles());
        Assert.Empty(_fixture.Announcer.Announced);
    }

    private static ScanResult Summarise(WatchScan scan) => new(scan.Taken, scan.Rejected, scan.Skipped);

    private sealed record ScanResult(int Taken, int Rejected, int Skipped);
}
