using System.Globalization;
using DuckDB.NET.Data;
using PcapSearch.Flows.Documents;
using PcapSearch.Flows.Engine;
using PcapSearch.Store.Catalog;
using PcapSearch.Store.Documents;
using PcapSearch.Store.DuckDb;
using PcapSearch.Store.Sql;
using PcapSearch.Testing;

namespace PcapSearch.Store.Tests;

/// <summary>The write path reads each flow's document straight into rows: the rows must hold what the flattened document holds.</summary>
public sealed class WritePathTests(StoreFixture fixture) : IClassFixture<StoreFixture>
{
    [Fact]
    public void Stored_rows_hold_the_flattened_document_values()
    {
        var checkedValues = fixture.Store.Catalog.Fields.Count * StoreFixture.Captures.Sum(
            capture => AssertRowsHoldDocuments(fixture.Store, StoreFixture.Source(capture), fixture.FlowsByCapture[capture]));
        Assert.Equal(fixture.FlowCount * fixture.Store.Catalog.Fields.Count, checkedValues);
    }

    /// <summary>
    /// The guard of the direct write path (rows made from the Flow, not from its JSON): every flow of every corpus
    /// capture (tunnels, VLANs, ICMP, fragments, DNS, HTTP, TLS, SSH, IPv6...) stored, and each row compared with the
    /// flattened JSON document. All as one capture, in batches of 500, so that the test is a few transactions, written by
    /// one writer and by three at once.
    /// </summary>
    [Theory]
    [InlineData(1)]
    [InlineData(3)]
    public void Every_corpus_flow_is_stored_as_its_document(int writers)
    {
        string directory = Path.Combine(Path.GetTempPath(), "pcapsearch-store-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(directory);
        try
        {
            var flows = new List<Flows.Flow>();
            foreach (string capture in new[] { "arkime", "zeek", "tcpdump" }.SelectMany(TestCorpus.Captures))
            {
                try
                {
                    flows.AddRange(StoreFixture.FlowsOf(capture));
                }
                catch (InvalidDataException)
                {
                    // not a capture the reader takes; the reader's tests cover those
                }
            }
            var corpus = new CaptureSource("id-corpus", "corpus");
            // The corpus repeats some captures (and cuts of them), whose flows share ids as one capture: keep the first.
            var ids = new FlowId(corpus.Id);
            var seen = new HashSet<string>();
            flows.RemoveAll(flow => !seen.Add(ids.Compute(flow)));
            using var store = new DuckDbFlowStore(Path.Combine(directory, "flows.duckdb"), new BulkOptions { BatchSize = 500, Writers = writers });
            store.UpsertFlows(corpus, flows);
            Assert.True(AssertRowsHoldDocuments(store, corpus, flows) > 3_000);
        }
        finally
        {
            try { Directory.Delete(directory, recursive: true); } catch (IOException) { }
        }
    }

    /// <summary>Asserts each flow's stored row holds its flattened document's values, field by field; returns the flows checked.</summary>
    private static int AssertRowsHoldDocuments(DuckDbFlowStore store, CaptureSource capture, IReadOnlyList<Flows.Flow> flows)
    {
        var hits = new Dictionary<string, FlowHit>();
        string? after = null;
        do
        {
            var page = store.Search(new FlowQuery { Captures = [capture.Id], Limit = FlowQuery.MaxLimit, After = after });
            foreach (var hit in page.Hits) hits.Add(hit.Id, hit);
            after = page.NextCursor;
        }
        while (after is not null);
        var documents = FlatDocument.Build(capture, flows, 0, flows.Count);
        Assert.Equal(flows.Count, hits.Count);
        foreach (var document in documents)
        {
            var hit = hits[(string)document.Values("event.id")![0]];
            foreach (var field in store.Catalog.Fields)
            {
                var expected = Expected(field, document.Values(field.Name));
                hit.Fields.TryGetValue(field.Name, out var actual);
                Assert.True(Same(expected, actual), $"{capture.FileName} {field.Name}: document {Show(expected)}, row {Show(actual)}");
            }
        }
        return flows.Count;
    }

    [Fact]
    public void A_batch_repeating_flows_keeps_one_row_per_id_and_stays_idempotent()
    {
        string directory = Path.Combine(Path.GetTempPath(), "pcapsearch-store-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(directory);
        try
        {
            var capture = StoreFixture.Captures[0];
            var flows = fixture.FlowsByCapture[capture];
            using var store = new DuckDbFlowStore(Path.Combine(directory, "flows.duckdb"));
            store.UpsertFlows(StoreFixture.Source(capture), [.. flows, .. flows]);
            Assert.Equal(flows.Count, store.Search(new FlowQuery()).Total);
            store.UpsertFlows(StoreFixture.Source(capture), flows);
            store.UpsertFlows(StoreFixture.Source(capture), [.. flows, .. flows]);
            var all = store.Search(new FlowQuery { Limit = FlowQuery.MaxLimit });
            Assert.Equal(flows.Count, all.Total);
            Assert.Equal(flows.Count, all.Hits.Select(h => h.Id).Distinct().Count());
        }
        finally
        {
            try { Directory.Delete(directory, recursive: true); } catch (IOException) { }
        }
    }

    [Theory]
    [InlineData(1, 2)]
    [InlineData(3, 2)]
    [InlineData(3, 1_000)]
    public void A_new_capture_written_in_overlapping_calls_keeps_one_row_per_flow(int writers, int batchSize)
    {
        // While a capture is written from new the store skips the delete for batches of unseen ids: a later call
        // repeating flows of an earlier one must still replace them, also after the capture was deleted. Calls of at
        // most a batch try the append beside others first (batch size 1 000), longer ones are written alone.
        string directory = Path.Combine(Path.GetTempPath(), "pcapsearch-store-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(directory);
        try
        {
            var (capture, flows) = fixture.FlowsByCapture.MaxBy(pair => pair.Value.Count);
            int n = flows.Count;
            Assert.True(n >= 6);
            var source = StoreFixture.Source(capture);
            using var store = new DuckDbFlowStore(Path.Combine(directory, "flows.duckdb"), new BulkOptions { BatchSize = batchSize, Writers = writers });
            for (int round = 0; round < 2; round++)
            {
                store.UpsertFlows(source, flows.Take(n * 2 / 3).ToList());
                store.UpsertFlows(source, flows.Skip(n / 3).ToList());
                store.UpsertFlows(source, flows.Take(n / 2).ToList());
                var all = store.Search(new FlowQuery { Limit = FlowQuery.MaxLimit });
                Assert.Equal(flows.Count, all.Total);
                Assert.Equal(flows.Count, all.Hits.Select(h => h.Id).Distinct().Count());
                Assert.Equal(flows.Count, store.DeleteCapture(source.Id));
            }
        }
        finally
        {
            try { Directory.Delete(directory, recursive: true); } catch (IOException) { }
        }
    }

    [Fact]
    public void The_appender_writes_inside_the_connections_transaction()
    {
        // The write path appends a batch to the table inside the transaction that deletes the rows it replaces.
        using var connection = new DuckDBConnection("Data Source=:memory:");
        connection.Open();
        using (var create = connection.CreateCommand())
        {
            create.CommandText = "CREATE TABLE t (a BIGINT)";
            create.ExecuteNonQuery();
        }
        using (var transaction = connection.BeginTransaction())
        {
            using (var appender = connection.CreateAppender("t"))
            {
                for (long i = 0; i < 5000; i++)
                {
                    var row = appender.CreateRow();
                    row.AppendValue((long?)i);
                    row.EndRow();
                }
            }
            transaction.Rollback();
        }
        using var count = connection.CreateCommand();
        count.CommandText = "SELECT count(*) FROM t";
        Assert.Equal(0L, Convert.ToInt64(count.ExecuteScalar(), CultureInfo.InvariantCulture));
    }

    private static object? Expected(FlowField field, IReadOnlyList<object>? values)
    {
        if (values is null || values.Count == 0) return null;
        static string Text(object v) => v as string ?? Convert.ToString(v, CultureInfo.InvariantCulture)!;
        if (!field.Multi) return field.Type == FieldType.Long ? Convert.ToInt64(values[0], CultureInfo.InvariantCulture) : Text(values[0]);
        return field.Type is FieldType.Long or FieldType.Date
            ? values.Select(v => Convert.ToInt64(v, CultureInfo.InvariantCulture)).ToArray()
            : values.Select(Text).ToArray();
    }

    private static bool Same(object? expected, object? actual) => (expected, actual) switch
    {
        (null, null) => true,
        (long[] e, long[] a) => e.SequenceEqual(a),
        (string[] e, string[] a) => e.SequenceEqual(a),
        _ => Object.Equals(expected, actual),
    };

    private static string Show(object? value) => value switch
    {
        null => "(none)",
        System.Collections.IEnumerable items and not string => "[" + string.Join(", ", items.Cast<object>()) + "]",
        _ => value.ToString()!,
    };
}
