using PcapSearch.Ingest.S3;

namespace PcapSearch.Ingest;

/// <summary>Everything the intake and its watchers are told; one object, passed whole to <see cref="IntakeServiceCollectionExtensions.AddCaptureIntake"/>.</summary>
public sealed record IntakeOptions
{
    /// <summary>The data directory: capture storage in <c>captures/</c>, the watchers' ledgers in <c>intake/</c>.</summary>
    public required string DataDirectory { get; init; }

    /// <summary>The folder (and its subfolders) watched for new captures; null for none.</summary>
    public string? WatchDirectory { get; init; }

    /// <summary>The bucket watched for new captures; null for none.</summary>
    public S3WatchOptions? S3 { get; init; }

    /// <summary>Larger captures are refused; null for no limit.</summary>
    public long? MaxCaptureBytes { get; init; }

    /// <summary>
    /// How often the watched folder is looked at again (file system events get lost), and how long a file's
    /// size and modification time must stay the same before it is taken.
    /// </summary>
    public TimeSpan RescanInterval { get; init; } = TimeSpan.FromSeconds(3);

    public string LedgerDirectory => Path.Combine(DataDirectory, "intake");
}
