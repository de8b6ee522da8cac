namespace PcapSearch.Enrichment.Tests;

/// <summary>A temporary directory for the files a test writes, removed afterwards.</summary>
public sealed class TemporaryFiles : IDisposable
{
    public string Directory { get; } = System.IO.Directory.CreateTempSubdirectory("pcapsearch-enrichment-").FullName;

    public string Write(string name, string text)
    {
        string path = Path.Combine(Directory, name);
        File.WriteAllText(path, text);
        return path;
    }

    public void Dispose() => System.IO.Directory.Delete(Directory, recursive: true);
}
