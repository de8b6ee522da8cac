namespace PcapSearch.Decoding.Reassembly;

/// <summary>Bounds of the IP fragment table, in memory and in capture time.</summary>
public sealed record ReassemblyOptions
{
    /// <summary>Datagrams waiting for pieces at once; a new one beyond it evicts the oldest (FragmentTableFull).</summary>
    public int MaxPendingDatagrams { get; init; } = 1024;

    /// <summary>Largest reassembled IP payload; a fragment reaching past it is refused (FragmentTooLarge).</summary>
    public int MaxDatagramBytes { get; init; } = 65535;

    /// <summary>Fragment bytes held across all datagrams; beyond it the oldest datagrams are evicted (FragmentTableFull).</summary>
    public long MaxTotalBytes { get; init; } = 32L * 1024 * 1024;

    /// <summary>A datagram whose first piece is older than this, in capture time, is dropped.</summary>
    public TimeSpan Timeout { get; init; } = TimeSpan.FromSeconds(30);
}
