using PcapSearch.Ingest.Indexing;
using PcapSearch.Ingest.Messages;
using PcapSearch.Store;
using PcapSearch.Store.DuckDb;
using PcapSearch.Testing;

namespace PcapSearch.Ingest.Tests;

public sealed class CaptureIndexerTests : IDisposable
{
    private readonly string _directory = Directory.CreateTempSubdirectory("pcapsearch-indexer-").FullName;
    private readonly DuckDbFlowStore _store;
    private readonly CaptureIndexer _indexer;

    public CaptureIndexerTests()
    {
        _store = new DuckDbFlowStore(Path.Combine(_directory, "flows.duckdb"));
        _indexer = new CaptureIndexer(_store);
    }

    [Fact]
    public void A_capture_is_indexed_and_its_catalog_record_says_done_with_what_was_read()
    {
        var capture = Message(TestCorpus.PathOf("arkime/dns-tcp.pcap"), "upload");
        var reports = new List<CaptureRecord>();

        var record = _indexer.Index(capture, new ProgressAction<CaptureRecord>(reports.Add));

        Assert.Equal(CaptureStatus.Done, record.Status);
        Assert.Equal((capture.Size, 20L, 2L), (record.BytesRead, record.Packets, record.Flows));
        Assert.Equal(2, _store.Search(new FlowQuery { Captures = [capture.CaptureId] }).Total);
        Assert.Equal((record.Status, record.Flows, record.Finished), _store.Capture(capture.CaptureId) is { } stored ? (stored.Status, stored.Flows, stored.Finished) : default);
        Assert.Same(record, reports[^1]);
        Assert.Equal(["dns-tcp.pcap"], record.Names);
        Assert.Equal(("upload", capture.Sha256), (record.Source, record.Sha256));
        Assert.NotNull(record.Started);
        Assert.NotNull(record.Finished);
        Assert.Null(record.FailureReason);
    }

    [Fact]
    public void Indexing_again_under_another_name_adds_the_name_and_duplicates_no_flow()
    {
        string original = TestCorpus.PathOf("arkime/dns-tcp.pcap");
        string copy = Path.Combine(_directory, "renamed.pcap");
        File.Copy(original, copy);

        _indexer.Index(Message(original, "cli"));
        var record = _indexer.Index(Message(copy, "upload"));

        Assert.Equal(["dns-tcp.pcap", "renamed.pcap"], record.Names);
        Assert.Equal("cli", record.Source);
        Assert.Equal(2, _store.Search(new FlowQuery()).Total);
        Assert.Single(_store.Captures());
    }

    [Fact]
    public void A_capture_cut_mid_record_is_done_with_a_warning_naming_the_offset()
    {
        byte[] bytes = File.ReadAllBytes(TestCorpus.PathOf("arkime/dns-tcp.pcap"));
        string cut = Path.Combine(_directory, "cut.pcap");
        File.WriteAllBytes(cut, bytes[..^7]);

        var record = _indexer.Index(Message(cut, "cli"));

        Assert.Equal(CaptureStatus.DoneWithWarnings, record.Status);
        Assert.Matches(@"^offset \d+: TruncatedRecord", Assert.Single(record.Warnings));
        Assert.True(record.Flows > 0);
    }

    [Fact]
    public void Bytes_that_are_no_capture_fail_with_what_they_looked_like()
    {
        string json = Path.Combine(_directory, "notes.pcap");
        File.WriteAllText(json, "{\"not\": \"a capture\"}");

        var record = _indexer.Index(Message(json, "cli"));

        Assert.Equal(CaptureStatus.Failed, record.Status);
        Assert.Equal("notes.pcap: not a packet capture (JSON)", record.FailureReason);
        Assert.Equal(record.FailureReason, _store.Capture(record.Id)!.FailureReason);
        Assert.Equal(0, _store.Search(new FlowQuery()).Total);
    }

    [Fact]
    public void A_capture_missing_from_storage_fails_with_the_reason()
    {
        var capture = new CaptureReceived("0123", "abcd", new Uri(Path.Combine(_directory, "gone.pcap")).AbsoluteUri, 100, "gone.pcap", "upload");

        var record = _indexer.Index(capture);

        Assert.Equal(CaptureStatus.Failed, record.Status);
        Assert.StartsWith("gone.pcap: not in capture storage", record.FailureReason);
    }

    [Fact]
    public void While_reading_the_catalog_record_says_processing_with_the_bytes_read_so_far()
    {
        string generated = Path.Combine(_directory, "generated.pcap");
        var start = new System.Diagnostics.ProcessStartInfo("python3", [Path.Combine(TestCorpus.Root, "..", "bench", "gen_pcap.py"), "--out", generated, "--target-mb", "12"]);
        using (var generator = System.Diagnostics.Process.Start(start)!) generator.WaitForExit();
        var capture = Message(generated, "cli");
        var seen = new List<(CaptureRecord Reported, CaptureRecord Stored)>();
        var indexer = new CaptureIndexer(_store, new IndexerOptions { ProgressInterval = TimeSpan.Zero, BatchSize = 100 });

        var final = indexer.Index(capture, new ProgressAction<CaptureRecord>(record => seen.Add((record, _store.Capture(record.Id)!))));

        var during = seen.Select(s => s.Reported).Where(r => r.Status == CaptureStatus.Processing).ToList();
        Assert.True(during.Count >= 3, $"{during.Count} progress reports");
        Assert.All(seen, s => Assert.Equal((s.Reported.Status, s.Reported.BytesRead, s.Reported.Flows), (s.Stored.Status, s.Stored.BytesRead, s.Stored.Flows)));
        Assert.Equal(during.Select(r => r.BytesRead).Order(), during.Select(r => r.BytesRead));
        Assert.All(during, r => Assert.InRange(r.BytesRead, 1, capture.Size));
        Assert.Contains(during, r => r.Flows > 0 && r.Flows < final.Flows);
        Assert.Equal(CaptureStatus.Done, final.Status);
    }

    private static CaptureReceived Message(string path, string source) => CaptureInPlace.Received(path, source);

    public void Dispose()
    {
        _store.Dispose();
        Directory.Delete(_directory, recursive: true);
    }
}
