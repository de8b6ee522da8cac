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

    /// <summary>
    /// Batches written at once, each on its own connection and thread, when none replaces stored rows (a capture written
    /// for the first time). DuckDB compresses a batch's rows on the thread that appends them, so on two cores two writers
    /// load ~1.3x as fast as one (docs/store.md "Write speed"); each holds a batch in memory. Default: 2 (1 on one core).
    /// 1 to 16.
    /// </summary>
    public int Writers { get; init; } = Math.Min(2, Environment.ProcessorCount);

    /// <summary>Flows per fold transaction after folding every new flow in one ran out of DuckDB's memory.</summary>
    public const long FoldSliceFlows = 2_000_000;

    /// <summary>
    /// Flows folded into the summary tables per transaction (docs/store.md "Summary tables"). Null (the default): all
    /// new flows in one, which is fastest, and in slices of <see cref="FoldSliceFlows"/> when that runs out of DuckDB's
    /// memory (a whole 10 M-flow fold does not fit in 2 GB). At least 1.
    /// </summary>
    public long? FoldFlows { get; init; }

    public static BulkOptions Default { get; } = new();

    internal void Validate()
    {
        if (BatchSize is < 1 or > MaxBatchSize)
        {
            throw new ArgumentOutOfRangeException(nameof(BatchSize), BatchSize, $"BatchSize must be between 1 and {MaxBatchSize}.");
        }
        if (FoldFlows < 1)
        {
            throw new ArgumentOutOfRangeException(nameof(FoldFlows), FoldFlows, "FoldFlows must be positive.");
        }
        if (Writers is < 1 or > 16)
        {
            throw new ArgumentOutOfRangeException(nameof(Writers), Writers, "Writers must be between 1 and 16.");
        }
    }
}
