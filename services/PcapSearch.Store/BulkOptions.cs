namespace PcapSearch.Store;

/// <summary>How writes are batched. Bounded: a batch's rows are held in DuckDB's transaction until it commits.</summary>
public sealed record BulkOptions
{
    public const int MaxBatchSize = 1_048_576;

    /// <summary>
    /// Flows per write transaction (delete the ids it replaces, append its rows). 1 to <see cref="MaxBatchSize"/>.
    /// The default is DuckDB's row group: a transaction that fills row groups has them compressed and written to the file
    /// once, at commit, while smaller ones go through the write-ahead log and are written again at the next checkpoint
    /// (docs/store.md: 20 000-flow transactions cost DuckDB about twice the CPU per flow).
    /// </summary>
    public int BatchSize { get; init; } = 122_880;

    public static BulkOptions Default { get; } = new();

    internal void Validate()
    {
        if (BatchSize is < 1 or > MaxBatchSize)
        {
            throw new ArgumentOutOfRangeException(nameof(BatchSize), BatchSize, $"BatchSize must be between 1 and {MaxBatchSize}.");
        }
    }
}
