using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using PcapSearch.Flows.Documents;
using PcapSearch.Store.Elasticsearch.Bulk;
using PcapSearch.Store.Elasticsearch.Requests;
using PcapSearch.Store.Elasticsearch.Tests.Specification;
using PcapSearch.Store.Tests;

namespace PcapSearch.Store.Elasticsearch.Tests;

/// <summary>
/// The write path without a server: the _bulk bodies of real corpus flows, and how the sender settles each item of an
/// answer. The answers are built in the specification's BulkResponse shape (and checked against it); the send
/// function stands for the HTTP call, so these test our retry and reporting rules, not a cluster.
/// </summary>
public sealed class BulkTests
{
    private static readonly IndexNames Names = new("pcapsearch");

    [Fact]
    public void Batches_hold_the_documents_of_the_flow_writer_with_their_ids_and_month_indices()
    {
        var capture = StoreFixture.Source(StoreFixture.Captures[1]);
        var flows = StoreFixture.FlowsOf(StoreFixture.Captures[1]);
        using var expected = new MemoryStream();
        using (var writer = new FlowDocumentWriter(expected, capture)) foreach (var flow in flows) writer.Write(flow);
        var documents = Encoding.UTF8.GetString(expected.ToArray()).Split('\n', StringSplitOptions.RemoveEmptyEntries);

        var lines = FlowBatches.Build(capture, flows, Names, 1 << 20).SelectMany(b => b.ToString().Split('\n', StringSplitOptions.RemoveEmptyEntries)).ToList();
        Assert.Equal(2 * flows.Count, lines.Count);
        for (int i = 0; i < flows.Count; i++)
        {
            var action = JsonNode.Parse(lines[2 * i])!["index"]!;
            var document = JsonNode.Parse(lines[2 * i + 1])!;
            Assert.Equal(documents[i], lines[2 * i + 1]);
            Assert.Equal(document["event"]!["id"]!.GetValue<string>(), action["_id"]!.GetValue<string>());
            Assert.Equal(Names.FlowIndex(flows[i].FirstNs), action["_index"]!.GetValue<string>());
            Assert.StartsWith("pcapsearch-flows-" + document["@timestamp"]!.GetValue<string>()[..7].Replace('-', '.'), action["_index"]!.GetValue<string>());
        }
    }

    [Fact]
    public void Batches_stay_under_the_byte_limit()
    {
        var capture = StoreFixture.Source(StoreFixture.Captures[0]);
        var flows = StoreFixture.FlowsOf(StoreFixture.Captures[0]);
        int limit = ElasticsearchOptions.MinBulkBytes;
        var many = Enumerable.Repeat(flows, 200).SelectMany(f => f).ToList();
        var batches = FlowBatches.Build(capture, many, Names, limit).ToList();
        Assert.True(batches.Count > 1, "the test needs several batches");
        Assert.All(batches, b => Assert.True(b.Bytes <= limit, $"{b.Bytes} bytes"));
        Assert.Equal(many.Count, batches.Sum(b => b.Count));
    }

    private static BulkBatch Batch(params string[] ids)
    {
        var batch = new BulkBatch();
        foreach (string id in ids) batch.AddIndex("pcapsearch-flows-2024.05", id, Encoding.UTF8.GetBytes($"{{\"event\":{{\"id\":\"{id}\"}}}}\n"));
        return batch;
    }

    /// <summary>A BulkResponse for the body sent, each id's status from <paramref name="status"/>.</summary>
    private static JsonElement Answer(ReadOnlyMemory<byte> body, Func<string, int> status)
    {
        var items = new JsonArray();
        var lines = Encoding.UTF8.GetString(body.Span).Split('\n', StringSplitOptions.RemoveEmptyEntries);
        for (int i = 0; i < lines.Length; i += 2)
        {
            string id = JsonNode.Parse(lines[i])!["index"]!["_id"]!.GetValue<string>();
            int code = status(id);
            var item = new JsonObject { ["_index"] = "pcapsearch-flows-2024.05", ["_id"] = id, ["status"] = code };
            if (code == 429) item["error"] = new JsonObject { ["type"] = "es_rejected_execution_exception", ["reason"] = "rejected execution of coordinating operation" };
            else if (code >= 400) item["error"] = new JsonObject { ["type"] = "document_parsing_exception", ["reason"] = $"[1:2] failed to parse field [source.ip] of {id}" };
            else item["result"] = "created";
            items.Add(new JsonObject { ["index"] = item });
        }
        var answer = JsonDocument.Parse(new JsonObject { ["took"] = 1, ["errors"] = items.Any(i => i!["index"]!["status"]!.GetValue<int>() >= 300), ["items"] = items }.ToJsonString()).RootElement.Clone();
        Assert.Empty(SpecValidator.Default.Validate(answer, "BulkResponse"));
        return answer;
    }

    [Fact]
    public void Items_rejected_with_429_are_sent_again_alone_after_a_growing_wait()
    {
        var sent = new List<string>();
        var waits = new List<TimeSpan>();
        int round = 0;
        var sender = new BulkSender(body =>
        {
            round++;
            sent.Add(string.Join(",", Encoding.UTF8.GetString(body.Span).Split('\n').Where((_, i) => i % 2 == 0 && _.Length > 0).Select(l => JsonNode.Parse(l)!["index"]!["_id"]!.GetValue<string>())));
            return Answer(body, id => id == "b" && round < 3 ? 429 : 201);
        }, maxRetries: 5, TimeSpan.FromMilliseconds(100), TimeSpan.FromSeconds(30), waits.Add);
        sender.Send(Batch("a", "b", "c"));
        Assert.Equal(["a,b,c", "b", "b"], sent);
        Assert.Equal([TimeSpan.FromMilliseconds(100), TimeSpan.FromMilliseconds(200)], waits);
    }

    [Fact]
    public void Other_item_errors_fail_the_write_naming_each_id_and_reason()
    {
        var sender = new BulkSender(body => Answer(body, id => id is "b" or "d" ? 400 : 201), 5, TimeSpan.Zero, TimeSpan.Zero, _ => { });
        var error = Assert.Throws<BulkWriteException>(() => sender.Send(Batch("a", "b", "c", "d")));
        Assert.Equal(["b", "d"], error.Failures.Select(f => f.Id));
        Assert.All(error.Failures, f => Assert.Equal("document_parsing_exception", f.ErrorType));
        Assert.Contains("b: 400 document_parsing_exception: [1:2] failed to parse field [source.ip] of b", error.Message);
        Assert.Contains("d: 400", error.Message);
    }

    [Fact]
    public void Rejections_past_the_retry_limit_fail_the_write()
    {
        int rounds = 0;
        var sender = new BulkSender(body => { rounds++; return Answer(body, id => id == "a" ? 429 : 201); }, maxRetries: 2, TimeSpan.Zero, TimeSpan.Zero, _ => { });
        var failure = Assert.Single(Assert.Throws<BulkWriteException>(() => sender.Send(Batch("a", "b"))).Failures);
        Assert.Equal(("a", 429), (failure.Id, failure.Status));
        Assert.Equal(3, rounds);
    }

    [Fact]
    public void An_answer_with_a_different_number_of_items_is_an_error()
    {
        var sender = new BulkSender(body => Answer(Batch("a").Body, _ => 201), 5, TimeSpan.Zero, TimeSpan.Zero, _ => { });
        Assert.Throws<ElasticsearchException>(() => sender.Send(Batch("a", "b")));
    }

    [Theory]
    [InlineData(0, 250)]
    [InlineData(1, 500)]
    [InlineData(4, 4000)]
    [InlineData(20, 30000)]
    public void Backoff_doubles_up_to_the_cap(int attempt, int milliseconds) =>
        Assert.Equal(TimeSpan.FromMilliseconds(milliseconds), ElasticsearchTransport.Backoff(attempt, TimeSpan.FromMilliseconds(250), TimeSpan.FromSeconds(30)));

    [Fact]
    public void Retryable_statuses_are_429_and_503()
    {
        Assert.True(ElasticsearchTransport.IsRetryable(429));
        Assert.True(ElasticsearchTransport.IsRetryable(503));
        Assert.False(ElasticsearchTransport.IsRetryable(500));
        Assert.False(ElasticsearchTransport.IsRetryable(400));
    }
}
