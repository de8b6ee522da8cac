namespace PcapSearch.Cli.LiveCapture;

/// <summary>
/// A live capture's files: each is written as <c>NAME.part</c> and renamed to <c>NAME</c> when it is rotated or
/// the capture stops, so a folder watcher only ever sees complete files (it ignores <c>*.part</c> and takes a
/// renamed-in file at once). Names sort in time order: <c>IFACE-20261123T170500Z-0001.pcapng</c>.
/// </summary>
public sealed class RotatingCaptureFiles(string directory, string interfaceName, ushort linkType, int snapLength, RotationPolicy policy, TimeProvider clock) : IDisposable
{
    public const string PartialSuffix = ".part";

    private PcapngWriter? _current;
    private string? _currentName;
    private DateTimeOffset _opened;
    private int _sequence;

    /// <summary>Completed files, oldest first.</summary>
    public List<string> Completed { get; } = [];

    /// <summary>The file name for a capture of <paramref name="interfaceName"/> started at <paramref name="start"/>.</summary>
    public static string NameFor(string interfaceName, DateTimeOffset start, int sequence)
    {
        string safe = new(interfaceName.Select(c => char.IsAsciiLetterOrDigit(c) || c is '-' or '_' or '.' ? c : '_').ToArray());
        return $"{safe}-{start.UtcDateTime:yyyyMMdd'T'HHmmss'Z'}-{sequence:D4}.pcapng";
    }

    public void Write(long microseconds, ReadOnlySpan<byte> frame, int originalLength)
    {
        var writer = _current ?? Open();
        writer.WritePacket(microseconds, frame, originalLength);
        RotateIfDue();
    }

    /// <summary>Called when no packet came for a while, so a time limit rotates a quiet capture too.</summary>
    public void RotateIfDue()
    {
        if (_current != null && policy.IsDue(_current.Length, clock.GetUtcNow() - _opened)) Close();
    }

    /// <summary>Starts the first file now (as <c>.part</c>), so the capture is visible from its start.</summary>
    public void Start() => Open();

    public void Dispose() => Close();

    private PcapngWriter Open()
    {
        Directory.CreateDirectory(directory);
        _opened = clock.GetUtcNow();
        _currentName = Path.Combine(directory, NameFor(interfaceName, _opened, ++_sequence));
        var file = new FileStream(_currentName + PartialSuffix, FileMode.CreateNew, FileAccess.Write, FileShare.Read, 1 << 16);
        _current = new PcapngWriter(file, linkType, snapLength, interfaceName);
        return _current;
    }

    private void Close()
    {
        if (_current == null) return;
        _current.Dispose();
        File.Move(_currentName + PartialSuffix, _currentName!);
        Completed.Add(_currentName!);
        _current = null;
    }
}
