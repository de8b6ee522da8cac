namespace PcapSearch.Bus.Tests;

/// <summary>One generated capture large enough to interrupt a worker in (about 6,000 flows), made once for the collection.</summary>
public sealed class LargeCapture : IDisposable
{
    private readonly string _directory = Directory.CreateTempSubdirectory("pcapsearch-large-").FullName;
    private readonly Lazy<string> _path;

    public LargeCapture() => _path = new Lazy<string>(() => Captures.Generated(_directory, 60));

    public string Path => _path.Value;

    public void Dispose() => Directory.Delete(_directory, recursive: true);
}
