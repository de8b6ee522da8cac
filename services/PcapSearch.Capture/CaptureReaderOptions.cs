namespace PcapSearch.Capture;

/// <summary>Bounds the reader keeps so that a hostile or corrupt file cannot make it allocate without limit.</summary>
public sealed record CaptureReaderOptions
{
    /// <summary>Largest packet record accepted; longer records are reported and skipped (libpcap uses 256 KiB).</summary>
    public int MaxPacketLength { get; init; } = 256 * 1024;

    /// <summary>Largest pcapng block accepted (libpcap caps blocks at 16 MiB).</summary>
    public int MaxBlockLength { get; init; } = 16 * 1024 * 1024;

    /// <summary>Warnings kept in <see cref="CaptureReader.Warnings"/>; later ones are counted only.</summary>
    public int MaxWarningsKept { get; init; } = 1000;

    /// <summary>pcapng name-resolution entries kept in <see cref="CaptureReader.ResolvedNames"/>; later ones are dropped.</summary>
    public int MaxResolvedNames { get; init; } = 100_000;

    /// <summary>Interfaces a capture may declare (all pcapng sections together); later IDBs are reported and ignored.</summary>
    public int MaxInterfaces { get; init; } = 65_536;

    public static CaptureReaderOptions Default { get; } = new();
}
