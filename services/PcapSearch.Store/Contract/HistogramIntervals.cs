using System.Globalization;

namespace PcapSearch.Store;

/// <summary>
/// The histogram's bucket width, shared by every backend so they draw the same buckets: the narrowest width of
/// the ladder that covers the span in at most <see cref="MaxBuckets"/> buckets (so 50 to 100 for most spans),
/// written as an Elasticsearch fixed interval. Buckets start at whole multiples of the width since the Unix epoch.
/// </summary>
public static class HistogramIntervals
{
    public const int MaxBuckets = 100;

    private static readonly string[] Ladder =
    [
        "1ms", "2ms", "5ms", "10ms", "20ms", "50ms", "100ms", "200ms", "500ms",
        "1s", "2s", "5s", "10s", "30s", "1m", "2m", "5m", "10m", "30m",
        "1h", "3h", "6h", "12h", "1d", "7d", "30d", "365d",
    ];

    /// <summary>The width for a span of <paramref name="spanNs"/> nanoseconds (first to last instant).</summary>
    public static string Choose(long spanNs)
    {
        foreach (string interval in Ladder)
        {
            if (spanNs / Nanoseconds(interval) < MaxBuckets) return interval;
        }
        return Ladder[^1];
    }

    /// <summary>A fixed interval's width: a whole number and one of ms, s, m, h, d.</summary>
    public static bool TryParse(string interval, out long ns)
    {
        ns = 0;
        int digits = 0;
        while (digits < interval.Length && char.IsAsciiDigit(interval[digits])) digits++;
        if (digits == 0 || digits > 9) return false;
        long unit = interval[digits..] switch
        {
            "ms" => 1_000_000L,
            "s" => 1_000_000_000L,
            "m" => 60_000_000_000L,
            "h" => 3_600_000_000_000L,
            "d" => 86_400_000_000_000L,
            _ => 0,
        };
        long count = long.Parse(interval[..digits], CultureInfo.InvariantCulture);
        if (unit == 0 || count == 0 || count > long.MaxValue / unit) return false;
        ns = count * unit;
        return true;
    }

    private static long Nanoseconds(string interval) => TryParse(interval, out long ns) ? ns : throw new ArgumentException(interval);
}
