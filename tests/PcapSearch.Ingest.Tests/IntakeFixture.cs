using PcapSearch.Ingest.Storage;
using PcapSearch.Store.DuckDb;
using PcapSearch.Testing;

namespace PcapSearch.Ingest.Tests;

/// <summary>A data directory in a temp folder with a real DuckDB catalog, the real storage and intake, and a recording announcer.</summary>
public sealed class IntakeFixture : IDisposable
{
    public const string Capture = "arkime/dns-tcp.pcap";
    public const string OtherCapture = "arkime/http-simple-get.pcap";

    public IntakeFixture(long? maxCaptureBytes = null)
    {
        Root = Path.Combine(Path.GetTempPath(), "pcapsearch-ingest-" + Guid.NewGuid().ToString("N"));
        DataDirectory = Path.Combine(Root, "data");
        WatchDirectory = Path.Combine(Root, "watch");
        Directory.CreateDirectory(DataDirectory);
        Directory.CreateDirectory(WatchDirectory);
        Catalog = new DuckDbFlowStore(Path.Combine(DataDirectory, "flows.duckdb"));
        Storage = new CaptureStorage(DataDirectory, maxCaptureBytes);
        Intake = new CaptureIntake(Storage, Catalog, Announcer);
    }

    public string Root { get; }
    public string DataDirectory { get; }
    public string WatchDirectory { get; }
    public DuckDbFlowStore Catalog { get; }
    public CaptureStorage Storage { get; }
    public RecordingAnnouncer Announcer { get; } = new();
    public CaptureIntake Intake { get; }

    public IntakeOptions Options => new() { DataDirectory = DataDirectory, WatchDirectory = WatchDirectory, RescanInterval = TimeSpan.Zero };

    public static byte[] Bytes(string corpusCapture) => File.ReadAllBytes(TestCorpus.PathOf(corpusCapture));

    /// <summary>Every file in the data directory's capture storage, temporary ones included.</summary>
    public string[] StoredFiles() =>
        Directory.Exists(Storage.Root) ? Directory.GetFiles(Storage.Root, "*", SearchOption.AllDirectories) : [];

    public void Dispose()
    {
        Catalog.Dispose();
        try { Directory.Delete(Root, recursive: true); } catch (IOException) { }
    }
}
