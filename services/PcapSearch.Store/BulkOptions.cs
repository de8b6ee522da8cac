namespace PcapSearch.Store;

/// <summary>How writes are batched. Bounded: a batch is held in memory twice (documents and appender rows).</summary>
public sealed record BulkOptions
{
    public const int MaxBatchSize = 100_000;

    /// <summary>Flows per staged batch (appender, then one replace-by-id transaction). 1 to <see cref="MaxBatchSize"/>.</summary>
    public int BatchSize { get; init; } = 10_000;

    public static BulkOptions Default { get; } = new();

    internal void Validate()
    {
        if (BatchSize is < 1 or > MaxBatchSize)
        {
            throw new ArgumentOutOfRangeException(nameof(BatchSize), BatchSize, $"BatchSize must be between 1 and {MaxBatchSize}.");
        }
    }
}
