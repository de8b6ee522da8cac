using System.Text.RegularExpressions;

namespace PcapSearch.Bus.Tests;

/// <summary>The worker's log lines the tests wait for.</summary>
public static partial class WorkerLog
{
    /// <summary>Flows stored so far, when the line is a progress line of the capture; else null.</summary>
    public static long? FlowsStored(string line, string captureId)
    {
        if (!line.Contains(captureId, StringComparison.Ordinal)) return null;
        var match = Progress().Match(line);
        return match.Success ? long.Parse(match.Groups[1].Value) : null;
    }

    /// <summary>The capture was indexed, or found indexed by a redelivery.</summary>
    public static bool Indexed(string line, string captureId) => line.Contains(captureId + " ", StringComparison.Ordinal)
        && (line.Contains(": indexed,", StringComparison.Ordinal) || line.Contains(": already indexed", StringComparison.Ordinal));

    /// <summary>A worker took the capture's message (once per delivery and per retry).</summary>
    public static bool Consumed(string line, string captureId) => line.Contains(captureId + " ", StringComparison.Ordinal) && line.Contains(": indexing ", StringComparison.Ordinal);

    /// <summary>A worker took the capture's message as a redelivery: another consumer had it and did not acknowledge it.</summary>
    public static bool Redelivered(string line, string captureId) => Consumed(line, captureId) && line.Contains("redelivery True", StringComparison.Ordinal);

    [GeneratedRegex(@"bytes read, (\d+) flows stored")]
    private static partial Regex Progress();
}
