namespace PcapSearch.Store;

/// <summary>How writes are batched. Bounded: a batch's rows are held in DuckDB's transaction until it commits.</summary>
public sealed record BulkOptions
{
    public const int MaxBatchSize = 100_000;

    /// <summary>Flows per write transaction (delete the ids it replaces, append its rows). 1 to <see cref="MaxBatchSize"/>.</summary>
    public int BatchSize { get; init; } = 20_000;

    public static BulkOptions Default { get; } = new();

    internal void Validate()
    {
        if (BatchSize is < 1 or > MaxBatchSize)
        {
            throw new ArgumentOutOfRangeException(nameof(BatchSize), BatchSize, $"BatchSize must be between 1 and {MaxBatchSize}.");
        }
    }
}
