using PcapSearch.Ingest.Indexing;
using PcapSearch.Ingest.Messages;
using PcapSearch.Store;
using PcapSearch.Store.DuckDb;

namespace PcapSearch.Bus.Tests;

/// <summary>Reads what a worker left in its data directory (after it stopped: the store has one writing process), and makes the clean-run reference.</summary>
public static class StoredFlows
{
    public static DuckDbFlowStore Open(string data) => new(Path.Combine(data, "flows.duckdb"));

    /// <summary>The document ids of one capture's flows, sorted.</summary>
    public static List<string> Ids(IFlowStore store, string captureId)
    {
        var ids = new List<string>();
        var query = new FlowQuery { Captures = [captureId], Fields = ["event.id"], SortField = "event.id", Limit = FlowQuery.MaxLimit };
        for (string? after = null; ;)
        {
            var page = store.Search(query with { After = after });
            ids.AddRange(page.Hits.Select(hit => hit.Id));
            if ((after = page.NextCursor) == null) return ids.Order(StringComparer.Ordinal).ToList();
        }
    }

    /// <summary>A clean run: the capture indexed once, in this process, into a store of its own.</summary>
    public static (CaptureRecord Record, List<string> Ids) CleanRun(CaptureReceived capture)
    {
        string data = Directory.CreateTempSubdirectory("pcapsearch-clean-").FullName;
        try
        {
            using var store = Open(data);
            var record = new CaptureIndexer(store).Index(capture);
            return (record, Ids(store, capture.CaptureId));
        }
        finally
        {
            Directory.Delete(data, recursive: true);
        }
    }
}
