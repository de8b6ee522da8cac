using PcapSearch.Flows.Engine;

namespace PcapSearch.Cli.Verbs;

/// <summary>What reading a capture found besides its flows, told on stderr.</summary>
public static class CaptureReport
{
    /// <summary>A directory named where a capture file belongs: says so and returns true.</summary>
    public static bool IsDirectory(FileInfo file)
    {
        if (!Directory.Exists(file.FullName)) return false;
        Console.Error.WriteLine($"{file.Name}: is a directory; name the capture files in it");
        return true;
    }

    public static void Warnings(string name, CaptureStatistics statistics, bool printStats)
    {
        var error = Console.Error;
        foreach (var warning in statistics.Warnings) error.WriteLine($"{name}: warning: {warning}");
        if (statistics.WarningCount > statistics.Warnings.Count)
            error.WriteLine($"{name}: {statistics.WarningCount - statistics.Warnings.Count} more warnings not shown");
        foreach (var (linkType, count) in statistics.UnsupportedLinkTypes)
            error.WriteLine($"{name}: {count} packets of link type {(int)linkType} ({linkType}) have no decoder and are counted only");
        if (printStats) error.WriteLine(StatisticsJson.Format(name, statistics));
    }
}
