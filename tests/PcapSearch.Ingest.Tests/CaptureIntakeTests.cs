using System.IO.Compression;
using PcapSearch.Capture;
using PcapSearch.Store;

namespace PcapSearch.Ingest.Tests;

public sealed class CaptureIntakeTests : IDisposable
{
    private readonly IntakeFixture _fixture = new();

    public void Dispose() => _fixture.Dispose();

    [Fact]
    public async Task A_capture_is_queued_in_the_catalog_and_announced_once()
    {
        byte[] bytes = IntakeFixture.Bytes(IntakeFixture.Capture);

        var record = await _fixture.Intake.SubmitAsync(new MemoryStream(bytes), "dns-tcp.pcap", "upload");

        Assert.Equal(CaptureStatus.Queued, record.Status);
        Assert.Equal(["dns-tcp.pcap"], record.Names);
        Assert.Equal(bytes.Length, record.Size);
        Assert.Equal("upload", record.Source);
        var catalogued = _fixture.Catalog.Capture(record.Id)!;
        Assert.Equal((record.Sha256, CaptureStatus.Queued, record.Received), (catalogued.Sha256, catalogued.Status, catalogued.Received));
        Assert.Equal(record.Names, catalogued.Names);
        var announced = Assert.Single(_fixture.Announcer.Announced);
        Assert.Equal((record.Id, record.Sha256, bytes.LongLength, "dns-tcp.pcap", "upload"),
            (announced.CaptureId, announced.Sha256, announced.Size, announced.Name, announced.Source));
        Assert.Equal(bytes, File.ReadAllBytes(new Uri(announced.StorageUri).LocalPath));
    }

    [Fact]
    public async Task Same_bytes_twice_are_one_capture_with_two_names_announced_once()
    {
        byte[] bytes = IntakeFixture.Bytes(IntakeFixture.Capture);

        var first = await _fixture.Intake.SubmitAsync(new MemoryStream(bytes), "monday.pcap", "upload");
        var second = await _fixture.Intake.SubmitAsync(new MemoryStream(bytes), "copy-of-monday.pcap", "watch:/drop/copy-of-monday.pcap");
        await _fixture.Intake.SubmitAsync(new MemoryStream(bytes), "monday.pcap", "upload");

        Assert.Equal(first.Id, second.Id);
        var record = Assert.Single(_fixture.Catalog.Captures());
        Assert.Equal(["monday.pcap", "copy-of-monday.pcap"], record.Names);
        Assert.Equal("upload", record.Source);
        Assert.Single(_fixture.Announcer.Announced);
        Assert.Single(_fixture.StoredFiles());
    }

    [Theory]
    [InlineData(CaptureStatus.Processing, false)]
    [InlineData(CaptureStatus.Done, false)]
    [InlineData(CaptureStatus.DoneWithWarnings, false)]
    [InlineData(CaptureStatus.Failed, true)]
    public async Task A_second_arrival_is_announced_again_only_when_the_first_failed(CaptureStatus status, bool announcedAgain)
    {
        byte[] bytes = IntakeFixture.Bytes(IntakeFixture.Capture);
        var first = await _fixture.Intake.SubmitAsync(new MemoryStream(bytes), "a.pcap", "upload");
        _fixture.Catalog.UpsertCapture(first with { Status = status, FailureReason = status == CaptureStatus.Failed ? "disk full" : null });

        var second = await _fixture.Intake.SubmitAsync(new MemoryStream(bytes), "b.pcap", "upload");

        Assert.Equal(announcedAgain ? 2 : 1, _fixture.Announcer.Announced.Count);
        Assert.Equal(announcedAgain ? CaptureStatus.Queued : status, second.Status);
        Assert.Null(announcedAgain ? second.FailureReason : null);
        Assert.Equal(["a.pcap", "b.pcap"], _fixture.Catalog.Capture(first.Id)!.Names);
    }

    [Fact]
    public async Task A_text_file_is_refused_with_what_it_looked_like_and_nothing_is_stored()
    {
        var text = new MemoryStream("GET / HTTP/1.1\r\nHost: example.com\r\n\r\n"u8.ToArray());

        var refusal = await Assert.ThrowsAsync<CaptureRefusedException>(() => _fixture.Intake.SubmitAsync(text, "notes.pcap", "upload"));

        Assert.Equal("plain text", refusal.LookedLike);
        Assert.Contains("notes.pcap", refusal.Message);
        Assert.Empty(_fixture.StoredFiles());
        Assert.Empty(_fixture.Catalog.Captures());
        Assert.Empty(_fixture.Announcer.Announced);
    }

    [Fact]
    public async Task A_truncated_capture_is_taken_whole_so_the_worker_indexes_what_is_readable()
    {
        byte[] bytes = IntakeFixture.Bytes(IntakeFixture.OtherCapture);
        byte[] truncated = bytes[..(bytes.Length - 37)];

        var record = await _fixture.Intake.SubmitAsync(new MemoryStream(truncated), "cut.pcap", "upload");

        Assert.Equal(truncated.Length, record.Size);
        Assert.Single(_fixture.Announcer.Announced);
    }

    [Fact]
    public async Task A_gzip_compressed_capture_is_taken_as_it_came()
    {
        byte[] bytes = IntakeFixture.Bytes(IntakeFixture.Capture);
        var compressed = new MemoryStream();
        await using (var gzip = new GZipStream(compressed, CompressionLevel.Fastest, leaveOpen: true)) gzip.Write(bytes);

        var record = await _fixture.Intake.SubmitAsync(new MemoryStream(compressed.ToArray()), "dns-tcp.pcap.gz", "upload");

        Assert.Equal(compressed.Length, record.Size);
        Assert.Equal(compressed.ToArray(), File.ReadAllBytes(_fixture.Storage.PathOf(record.Sha256)));
    }

    [Fact]
    public async Task A_compressed_capture_longer_than_the_probe_is_taken_whole()
    {
        byte[] bytes = IntakeFixture.Bytes("tcpdump/afs.pcap");
        var compressed = new MemoryStream();
        await using (var gzip = new GZipStream(compressed, CompressionLevel.Fastest, leaveOpen: true)) gzip.Write(bytes);
        Assert.True(compressed.Length > 64 * 1024, "the compressed capture must outlast the 64 KiB probe");

        var record = await _fixture.Intake.SubmitAsync(new MemoryStream(compressed.ToArray()), "afs.pcap.gz", "upload");

        Assert.Equal(compressed.ToArray(), File.ReadAllBytes(_fixture.Storage.PathOf(record.Sha256)));
    }

    [Theory]
    [InlineData("../x.pcap")]
    [InlineData("a/b.pcap")]
    [InlineData("/etc/passwd")]
    [InlineData("..\\x.pcap")]
    [InlineData("..")]
    [InlineData("")]
    [InlineData("line\nbreak.pcap")]
    public async Task A_name_with_path_parts_is_refused_before_anything_is_read(string name)
    {
        var content = new MemoryStream(IntakeFixture.Bytes(IntakeFixture.Capture));

        var refusal = await Assert.ThrowsAsync<IntakeRefusedException>(() => _fixture.Intake.SubmitAsync(content, name, "upload"));

        Assert.StartsWith("refused name", refusal.Message);
        Assert.Equal(0, content.Position);
        Assert.Empty(_fixture.Catalog.Captures());
    }
}
