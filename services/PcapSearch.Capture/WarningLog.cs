namespace PcapSearch.Capture;

/// <summary>Keeps the first warnings up to a cap and counts them all.</summary>
internal sealed class WarningLog(int keep)
{
    private readonly List<CaptureWarning> _kept = [];

    public IReadOnlyList<CaptureWarning> Kept => _kept;

    public int Count { get; private set; }

    public void Add(long offset, CaptureFault fault, string detail)
    {
        Count++;
        if (_kept.Count < keep) _kept.Add(new CaptureWarning(offset, fault, detail));
    }
}
