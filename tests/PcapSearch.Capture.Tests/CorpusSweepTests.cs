using System.Text.Json;
using PcapSearch.Testing;
using Xunit.Abstractions;

namespace PcapSearch.Capture.Tests;

/// <summary>
/// Reads every capture under tests/corpus to the end and compares the packet count with tshark's
/// (the *.tshark.json beside each capture).
/// </summary>
public class CorpusSweepTests(ITestOutputHelper output)
{
    private static readonly TimeSpan PerFileLimit = TimeSpan.FromSeconds(30);

    public sealed record Outcome(int Packets, long Length, IReadOnlyList<CaptureWarning> Warnings, string? Refusal);

    [Theory]
    [InlineData("arkime")]
    [InlineData("zeek")]
    [InlineData("tcpdump")]
    public void Every_capture_reads_to_the_end_and_counts_what_tshark_counts(string folder)
    {
        var problems = new List<string>();
        int compared = 0, equal = 0, files = 0, warned = 0;
        foreach (string relative in TestCorpus.Captures(folder))
        {
            string path = TestCorpus.PathOf(relative);
            files++;
            Outcome? outcome = ReadGuarded(path, out string? failure);
            if (outcome == null)
            {
                problems.Add($"{relative}: {failure}");
                continue;
            }
            foreach (var w in outcome.Warnings.Where(w => w.Offset < 0 || w.Offset > outcome.Length))
            {
                problems.Add($"{relative}: warning outside the capture ({outcome.Length} bytes): {w}");
            }
            if (outcome.Warnings.Count > 0)
            {
                warned++;
                output.WriteLine($"{relative}: {outcome.Warnings.Count} warnings, first: {outcome.Warnings[0]}");
            }
            var (frames, tsharkError) = Reference(path);
            if (tsharkError) continue;
            compared++;
            if (outcome.Refusal != null) problems.Add($"{relative}: refused ({outcome.Refusal}) but tshark read {frames} frames");
            else if (outcome.Packets != frames) problems.Add($"{relative}: {outcome.Packets} packets, tshark {frames}; warnings: {string.Join(" | ", outcome.Warnings.Take(3))}");
            else equal++;
        }
        output.WriteLine($"{folder}: {files} captures, {warned} with warnings, {equal} of {compared} equal to tshark's frame count");
        Assert.True(problems.Count == 0,
            $"{folder}: {equal} of {compared} captures match tshark's frame count; problems:\n" + string.Join("\n", problems));
    }

    /// <summary>Reads on a worker so that a hang fails the test instead of stalling the run.</summary>
    internal static Outcome? ReadGuarded(string path, out string? failure)
    {
        using var cancel = new CancellationTokenSource(PerFileLimit);
        var task = Task.Run(() => Read(path, cancel.Token));
        try
        {
            if (!task.Wait(PerFileLimit + TimeSpan.FromSeconds(5)))
            {
                failure = $"did not finish within {PerFileLimit.TotalSeconds} s";
                return null;
            }
            failure = null;
            return task.Result;
        }
        catch (AggregateException e)
        {
            failure = "threw " + e.InnerException;
            return null;
        }
    }

    private static Outcome Read(string path, CancellationToken cancel)
    {
        long length = new FileInfo(path).Length;
        try
        {
            using var reader = CaptureReader.Open(path);
            int packets = 0;
            while (reader.TryRead(out _))
            {
                cancel.ThrowIfCancellationRequested();
                packets++;
            }
            // Uncompressed, the whole file must have been consumed.
            if (!reader.FormatDescription.Contains(" in ") && reader.Position != length)
            {
                throw new InvalidOperationException($"stopped at {reader.Position} of {length}");
            }
            return new Outcome(packets, Math.Max(length, reader.Position), reader.Warnings, null);
        }
        catch (CaptureRefusedException refused)
        {
            return new Outcome(0, length, [], refused.Message);
        }
    }

    private static (int Frames, bool Error) Reference(string capture)
    {
        using var json = JsonDocument.Parse(File.ReadAllBytes(capture + ".tshark.json"));
        var root = json.RootElement;
        bool error = root.TryGetProperty("error", out var e) && e.ValueKind != JsonValueKind.Null;
        return (root.GetProperty("frames").GetInt32(), error);
    }
}
