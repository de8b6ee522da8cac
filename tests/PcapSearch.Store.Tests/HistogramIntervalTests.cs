namespace PcapSearch.Store.Tests;

/// <summary>The automatic interval every backend shares, and its notation.</summary>
public sealed class HistogramIntervalTests
{
    private const long Second = 1_000_000_000;

    public static TheoryData<long> Spans()
    {
        var spans = new TheoryData<long>();
        for (long span = 40_000_000; span < 200L * 365 * 86_400 * Second; span += span / 2) spans.Add(span);
        return spans;
    }

    [Theory]
    [MemberData(nameof(Spans))]
    public void Auto_gives_40_to_100_buckets_for_spans_from_40_ms_to_centuries(long span)
    {
        long first = 1_700_000_000 * Second + 123_456_789;
        long width = HistogramInterval.Auto(first, first + span);
        Assert.InRange(HistogramInterval.Buckets(first, first + span, width), 40, 100);
        Assert.Equal(width, HistogramInterval.Parse(HistogramInterval.Format(width)));
    }

    [Theory]
    [InlineData("500ms", 500_000_000L, "500ms")]
    [InlineData("30s", 30 * Second, "30s")]
    [InlineData("90s", 90 * Second, "90s")]
    [InlineData("120s", 120 * Second, "2m")]
    [InlineData(" 3h ", 3 * 3600 * Second, "3h")]
    [InlineData("7d", 7 * 86_400 * Second, "7d")]
    public void Notation_parses_and_prints_in_the_largest_unit(string text, long ns, string printed)
    {
        Assert.Equal(ns, HistogramInterval.Parse(text));
        Assert.Equal(printed, HistogramInterval.Format(ns));
    }

    [Theory]
    [InlineData("")]
    [InlineData("5")]
    [InlineData("1w")]
    [InlineData("1M")]
    [InlineData("-5m")]
    [InlineData("0s")]
    [InlineData("1.5h")]
    [InlineData("999999999999d")]
    public void Other_notations_are_refused_with_the_units_allowed(string text)
    {
        var e = Assert.Throws<FlowQueryException>(() => HistogramInterval.Parse(text));
        Assert.Contains(text.Length > 5 ? "too wide" : "ms, s, m, h or d", e.Message);
    }

    [Fact]
    public void Buckets_align_to_the_epoch_also_before_it()
    {
        Assert.Equal(-60 * Second, HistogramInterval.BucketStart(-1, 60 * Second));
        Assert.Equal(0, HistogramInterval.BucketStart(59 * Second, 60 * Second));
        Assert.Equal(2, HistogramInterval.Buckets(-1, 0, 60 * Second));
    }
}
