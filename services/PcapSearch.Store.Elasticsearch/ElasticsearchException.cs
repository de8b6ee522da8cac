namespace PcapSearch.Store.Elasticsearch;

/// <summary>A request the cluster refused or could not answer: the status, Elasticsearch's error type and reason.</summary>
public sealed class ElasticsearchException(string message, int status, string? errorType) : Exception(message)
{
    public int Status { get; } = status;

    /// <summary>Elasticsearch's <c>error.type</c> (<c>index_not_found_exception</c>, ...), when the answer had one.</summary>
    public string? ErrorType { get; } = errorType;
}

/// <summary>One <c>_bulk</c> item the cluster did not write.</summary>
public sealed record BulkItemFailure(string Id, int Status, string ErrorType, string Reason);

/// <summary>
/// Some documents of a write were not stored (audit semantics: the caller learns which and why). Items the cluster
/// rejected with 429 were retried first; those still rejected are listed too.
/// </summary>
public sealed class BulkWriteException(IReadOnlyList<BulkItemFailure> failures)
    : Exception(Describe(failures))
{
    public IReadOnlyList<BulkItemFailure> Failures { get; } = failures;

    private static string Describe(IReadOnlyList<BulkItemFailure> failures)
    {
        const int Shown = 10;
        var lines = failures.Take(Shown).Select(f => $"  {f.Id}: {f.Status} {f.ErrorType}: {f.Reason}");
        string more = failures.Count > Shown ? $"\n  ... and {failures.Count - Shown} more" : "";
        return $"Elasticsearch did not store {failures.Count} document(s):\n{string.Join('\n', lines)}{more}";
    }
}
