namespace PcapSearch.Testing;

/// <summary>Finds the captures under tests/corpus (see tests/corpus/README.md for their origin).</summary>
public static class TestCorpus
{
    public static string Root { get; } = FindRoot();

    public static string PathOf(string relative) => Path.Combine(Root, relative);

    /// <summary>Every capture file under a corpus folder (arkime, zeek, tcpdump), sorted, relative to <see cref="Root"/>.</summary>
    public static IEnumerable<string> Captures(string folder) =>
        Directory.EnumerateFiles(PathOf(folder), "*", SearchOption.AllDirectories)
            .Where(IsCapture)
            .Select(p => Path.GetRelativePath(Root, p))
            .Order(StringComparer.Ordinal);

    private static bool IsCapture(string path) =>
        !path.EndsWith(".json", StringComparison.Ordinal) && !path.EndsWith(".test", StringComparison.Ordinal)
        && !path.EndsWith(".md", StringComparison.Ordinal) && !path.EndsWith(".tsv", StringComparison.Ordinal);

    private static string FindRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir != null; dir = dir.Parent)
        {
            string candidate = Path.Combine(dir.FullName, "tests", "corpus");
            if (Directory.Exists(candidate)) return candidate;
        }
        throw new DirectoryNotFoundException("tests/corpus not found above " + AppContext.BaseDirectory);
    }
}
