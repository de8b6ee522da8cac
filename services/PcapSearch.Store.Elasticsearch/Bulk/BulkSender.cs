using System.Text.Json;

namespace PcapSearch.Store.Elasticsearch.Bulk;

/// <summary>
/// Sends a batch and settles every item: items rejected with 429 (the cluster's write queue is full) are sent
/// again alone after an exponential backoff, up to the retry limit; any other item error, and 429s past the
/// limit, end in one <see cref="BulkWriteException"/> naming each failed id and its reason. (Whole requests
/// answered 429/503 are retried by the transport.)
/// </summary>
public sealed class BulkSender(Func<ReadOnlyMemory<byte>, JsonElement> send, int maxRetries, TimeSpan retryDelay, TimeSpan maxRetryDelay, Action<TimeSpan> sleep)
{
    public void Send(BulkBatch batch)
    {
        if (batch.Count == 0) return;
        var failures = new List<BulkItemFailure>();
        var pending = batch;
        for (int attempt = 0; ; attempt++)
        {
            var results = BulkItemResult.Read(send(pending.Body));
            if (results.Count != pending.Count)
            {
                throw new ElasticsearchException($"_bulk answered {results.Count} items for {pending.Count} sent.", 200, null);
            }
            var rejected = new List<int>();
            for (int i = 0; i < results.Count; i++)
            {
                var result = results[i];
                if (result.Succeeded) continue;
                if (result.Status == 429 && attempt < maxRetries) rejected.Add(i);
                else failures.Add(new BulkItemFailure(pending.IdAt(i), result.Status, result.ErrorType ?? "unknown", result.Reason ?? ""));
            }
            if (rejected.Count == 0) break;
            sleep(ElasticsearchTransport.Backoff(attempt, retryDelay, maxRetryDelay));
            pending = pending.Subset(rejected);
        }
        if (failures.Count > 0) throw new BulkWriteException(failures);
    }
}
