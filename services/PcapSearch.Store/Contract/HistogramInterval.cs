using System.Globalization;
using System.Text.RegularExpressions;

namespace PcapSearch.Store;

/// <summary>
/// A histogram's bucket width in Elasticsearch's fixed-interval notation (<c>500ms</c>, <c>30s</c>, <c>5m</c>,
/// <c>3h</c>, <c>7d</c>), and the automatic choice every backend shares: the narrowest width from a list a
/// person reads at a glance that gives at most <see cref="MaxAutoBuckets"/> buckets (so 40 to 100 of them,
/// as no step of the list is wider than 2.5 times the one before). Buckets start at multiples of the width
/// since the Unix epoch, as Elasticsearch's <c>fixed_interval</c> aligns them.
/// </summary>
public static partial class HistogramInterval
{
    public const int MaxAutoBuckets = 100;

    private const long Ms = 1_000_000, Second = 1000 * Ms, Minute = 60 * Second, Hour = 60 * Minute, Day = 24 * Hour;

    private static readonly long[] NiceWidths =
    [
        1 * Ms, 2 * Ms, 5 * Ms, 10 * Ms, 20 * Ms, 50 * Ms, 100 * Ms, 200 * Ms, 500 * Ms,
        1 * Second, 2 * Second, 5 * Second, 10 * Second, 15 * Second, 30 * Second,
        1 * Minute, 2 * Minute, 5 * Minute, 10 * Minute, 15 * Minute, 30 * Minute,
        1 * Hour, 2 * Hour, 3 * Hour, 6 * Hour, 12 * Hour,
        1 * Day, 2 * Day, 3 * Day, 7 * Day, 14 * Day, 30 * Day, 60 * Day, 90 * Day, 180 * Day,
        365 * Day, 730 * Day, 1825 * Day, 3650 * Day, 7300 * Day, 18250 * Day, 36500 * Day,
    ];

    private static readonly (string Unit, long Ns)[] Units = [("d", Day), ("h", Hour), ("m", Minute), ("s", Second), ("ms", Ms)];

    [GeneratedRegex(@"^\s*(\d{1,12})\s*(ms|s|m|h|d)\s*$", RegexOptions.CultureInvariant)]
    private static partial Regex Notation();

    /// <summary>The width in nanoseconds of an interval like <c>30s</c>; a clear refusal for anything else.</summary>
    public static long Parse(string text)
    {
        var m = Notation().Match(text);
        long amount = m.Success ? long.Parse(m.Groups[1].Value, CultureInfo.InvariantCulture) : 0;
        if (amount <= 0)
        {
            throw new FlowQueryException($"'{text}' is not a histogram interval: write a whole number and a unit, ms, s, m, h or d (500ms, 30s, 5m, 1h, 7d).");
        }
        long unit = Units.First(u => u.Unit == m.Groups[2].Value).Ns;
        if (amount > long.MaxValue / unit / 2) throw new FlowQueryException($"The histogram interval '{text}' is too wide.");
        return amount * unit;
    }

    /// <summary>The notation of a width: the largest unit that divides it (<c>90s</c> stays <c>90s</c>, 7 days is <c>7d</c>).</summary>
    public static string Format(long widthNs)
    {
        foreach (var (unit, ns) in Units)
        {
            if (widthNs % ns == 0) return (widthNs / ns).ToString(CultureInfo.InvariantCulture) + unit;
        }
        throw new ArgumentOutOfRangeException(nameof(widthNs), widthNs, "Histogram widths are whole milliseconds.");
    }

    /// <summary>The narrowest nice width giving at most <see cref="MaxAutoBuckets"/> buckets from <paramref name="firstNs"/> to <paramref name="lastNs"/> (both inclusive).</summary>
    public static long Auto(long firstNs, long lastNs)
    {
        foreach (long width in NiceWidths)
        {
            if (Buckets(firstNs, lastNs, width) <= MaxAutoBuckets) return width;
        }
        long widest = NiceWidths[^1];
        return widest * (long)Math.Ceiling(Buckets(firstNs, lastNs, widest) / (double)MaxAutoBuckets);
    }

    /// <summary>The start of the bucket holding <paramref name="ns"/>: the multiple of the width at or before it.</summary>
    public static long BucketStart(long ns, long widthNs) => ns - (((ns % widthNs) + widthNs) % widthNs);

    /// <summary>How many buckets of the width cover the instants from first to last (both inclusive).</summary>
    public static long Buckets(long firstNs, long lastNs, long widthNs) =>
        lastNs < firstNs ? 0 : (BucketStart(lastNs, widthNs) - BucketStart(firstNs, widthNs)) / widthNs + 1;
}
