using Microsoft.Extensions.Logging.Abstractions;
using PcapSearch.Ingest.Watching;
using PcapSearch.Testing;

namespace PcapSearch.Ingest.Tests;

/// <summary>The watcher's rules, one look at a time (<see cref="FolderWatcher.ScanAsync"/>); the settle time is zero, so "stable" means "the same at two looks".</summary>
public sealed class FolderWatcherTests : IDisposable
{
    private readonly IntakeFixture _fixture = new();

    public void Dispose() => _fixture.Dispose();

    private FolderWatcher NewWatcher(ICaptureIntake? intake = null) =>
        new(intake ?? _fixture.Intake, _fixture.Options, NullLogger<FolderWatcher>.Instance, TimeProvider.System);

    private string Drop(string relative, byte[] bytes)
    {
        string path = Path.Combine(_fixture.WatchDirectory, relative);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllBytes(path, bytes);
        return path;
    }

    [Fact]
    public async Task A_capture_in_a_subfolder_is_taken_at_the_second_look_and_left_in_place()
    {
        byte[] bytes = IntakeFixture.Bytes(IntakeFixture.Capture);
        string path = Drop("site-a/day1/dns.pcap", bytes);
        using var watcher = NewWatcher();

        var first = await watcher.ScanAsync();
        var second = await watcher.ScanAsync();

        Assert.Equal(new WatchScan(0, 0, 0, 1), first);
        Assert.Equal(new WatchScan(1, 0, 0, 0), second);
        var announced = Assert.Single(_fixture.Announcer.Announced);
        Assert.Equal(("dns.pcap", "watch:" + path), (announced.Name, announced.Source));
        Assert.Equal(bytes, File.ReadAllBytes(path));
    }

    [Fact]
    public async Task A_growing_file_is_not_taken_until_it_stops_changing()
    {
        byte[] bytes = IntakeFixture.Bytes(IntakeFixture.OtherCapture);
        string path = Drop("growing.pcap", bytes[..100]);
        using var watcher = NewWatcher();

        await watcher.ScanAsync();
        await using (var append = new FileStream(path, FileMode.Append)) append.Write(bytes.AsSpan(100, 200));
        var whileGrowing = await watcher.ScanAsync();
        await using (var append = new FileStream(path, FileMode.Append)) append.Write(bytes.AsSpan(300));
        var afterLastWrite = await watcher.ScanAsync();
        var settled = await watcher.ScanAsync();

        Assert.Equal((0, 1), (whileGrowing.Taken, whileGrowing.Waiting));
        Assert.Equal((0, 1), (afterLastWrite.Taken, afterLastWrite.Waiting));
        Assert.Equal(1, settled.Taken);
        Assert.Equal(bytes.LongLength, Assert.Single(_fixture.Announcer.Announced).Size);
    }

    [Fact]
    public async Task Partial_and_hidden_files_are_left_alone_until_renamed_to_their_final_name()
    {
        byte[] bytes = IntakeFixture.Bytes(IntakeFixture.Capture);
        string partial = Drop("live-0001.pcapng.part", bytes);
        Drop(".hidden.pcap", bytes);
        Drop("empty.pcap", []);
        using var watcher = NewWatcher();

        await watcher.ScanAsync();
        var beforeRename = await watcher.ScanAsync();
        File.Move(partial, Path.ChangeExtension(partial, null));
        await watcher.ScanAsync();
        var afterRename = await watcher.ScanAsync();

        Assert.Equal(new WatchScan(0, 0, 0, 0), beforeRename);
        Assert.Equal(1, afterRename.Taken);
        Assert.Equal("live-0001.pcapng", Assert.Single(_fixture.Announcer.Announced).Name);
        Assert.True(File.Exists(Path.Combine(_fixture.WatchDirectory, "empty.pcap")));
    }

    [Fact]
    public async Task A_restarted_watcher_takes_nothing_it_took_before()
    {
        Drop("a.pcap", IntakeFixture.Bytes(IntakeFixture.Capture));
        Drop("b/b.pcap", IntakeFixture.Bytes(IntakeFixture.OtherCapture));
        using (var before = NewWatcher())
        {
            await before.ScanAsync();
            await before.ScanAsync();
        }
        var afterRestart = new RecordingAnnouncer();
        using var after = NewWatcher(new CaptureIntake(_fixture.Storage, _fixture.Catalog, afterRestart));

        var first = await after.ScanAsync();
        var second = await after.ScanAsync();

        Assert.Equal(2, _fixture.Announcer.Announced.Count);
        Assert.Equal(new WatchScan(0, 0, 2, 0), first);
        Assert.Equal(new WatchScan(0, 0, 2, 0), second);
        Assert.Empty(afterRestart.Announced);
    }

    [Fact]
    public async Task A_file_replaced_by_other_bytes_under_the_same_name_is_taken_again()
    {
        string path = Drop("rolling.pcap", IntakeFixture.Bytes(IntakeFixture.Capture));
        using var watcher = NewWatcher();
        await watcher.ScanAsync();
        await watcher.ScanAsync();

        File.WriteAllBytes(path, IntakeFixture.Bytes(IntakeFixture.OtherCapture));
        await watcher.ScanAsync();
        await watcher.ScanAsync();

        Assert.Equal(2, _fixture.Announcer.Announced.Select(a => a.CaptureId).Distinct().Count());
    }

    [Fact]
    public async Task A_non_capture_is_moved_to_rejected_with_its_reason_beside_it()
    {
        byte[] text = "not a capture, just notes\n"u8.ToArray();
        string path = Drop("notes/readme.pcap", text);
        using var watcher = NewWatcher();

        await watcher.ScanAsync();
        var scan = await watcher.ScanAsync();

        string moved = Path.Combine(_fixture.WatchDirectory, ".rejected", "notes", "readme.pcap");
        Assert.Equal(1, scan.Rejected);
        Assert.False(File.Exists(path));
        Assert.Equal(text, File.ReadAllBytes(moved));
        string reason = File.ReadAllText(moved + ".reason.txt");
        Assert.Contains("not a packet capture (plain text)", reason);
        Assert.Contains(path, reason);
        Assert.Empty(_fixture.Announcer.Announced);
        Assert.Empty(_fixture.Catalog.Captures());
    }

    [Fact]
    public async Task A_capture_over_the_size_limit_is_moved_aside_with_the_limit_named()
    {
        using var limited = new IntakeFixture(maxCaptureBytes: 1000);
        string path = Path.Combine(limited.WatchDirectory, "big.pcap");
        File.Copy(Path.Combine(TestCorpus.Root, IntakeFixture.Capture), path);
        using var watcher = new FolderWatcher(limited.Intake, limited.Options, NullLogger<FolderWatcher>.Instance, TimeProvider.System);

        await watcher.ScanAsync();
        var scan = await watcher.ScanAsync();

        Assert.Equal(1, scan.Rejected);
        string reason = File.ReadAllText(Path.Combine(limited.WatchDirectory, ".rejected", "big.pcap.reason.txt"));
        Assert.Contains("big.pcap: larger than the size limit of 1,000 bytes", reason);
        Assert.Empty(limited.StoredFiles());
    }

    [Fact]
    public async Task A_second_rejected_file_of_the_same_name_does_not_overwrite_the_first()
    {
        using var watcher = NewWatcher();
        Drop("x.pcap", "first"u8.ToArray());
        await watcher.ScanAsync();
        await watcher.ScanAsync();
        Drop("x.pcap", "second"u8.ToArray());
        await watcher.ScanAsync();
        await watcher.ScanAsync();

        string rejected = Path.Combine(_fixture.WatchDirectory, ".rejected");
        Assert.Equal("first", File.ReadAllText(Path.Combine(rejected, "x.pcap")));
        Assert.Equal("second", File.ReadAllText(Path.Combine(rejected, "x (2).pcap")));
        Assert.True(File.Exists(Path.Combine(rejected, "x (2).pcap.reason.txt")));
    }

    [Fact]
    public async Task The_same_capture_dropped_twice_under_two_names_is_one_capture()
    {
        byte[] bytes = IntakeFixture.Bytes(IntakeFixture.Capture);
        Drop("one.pcap", bytes);
        Drop("two.pcap", bytes);
        using var watcher = NewWatcher();

        await watcher.ScanAsync();
        var scan = await watcher.ScanAsync();

        Assert.Equal(2, scan.Taken);
        Assert.Single(_fixture.Announcer.Announced);
        Assert.Equal(["one.pcap", "two.pcap"], Assert.Single(_fixture.Catalog.Captures()).Names.Order());
    }
}
