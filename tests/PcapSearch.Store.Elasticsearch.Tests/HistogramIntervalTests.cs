namespace PcapSearch.Store.Elasticsearch.Tests;

/// <summary>The shared interval rule (Store/Contract/HistogramIntervals.cs) the Elasticsearch histogram relies on.</summary>
public sealed class HistogramIntervalTests
{
    private const long Second = 1_000_000_000;

    [Theory]
    [InlineData(0, "1ms")]
    [InlineData(60 * Second, "1s")]
    [InlineData(3600 * Second, "1m")]
    [InlineData(86_400 * Second, "30m")]
    [InlineData(30 * 86_400 * Second, "12h")]
    [InlineData(400 * 86_400 * Second, "7d")]
    [InlineData(long.MaxValue, "365d")]
    public void The_narrowest_width_under_a_hundred_buckets(long span, string interval) => Assert.Equal(interval, HistogramIntervals.Choose(span));

    [Fact]
    public void Every_chosen_width_gives_at_most_a_hundred_buckets()
    {
        for (long span = 1; span < 100L * 365 * 86_400 * Second; span = span * 3 / 2 + 1)
        {
            Assert.True(HistogramIntervals.TryParse(HistogramIntervals.Choose(span), out long width));
            Assert.True(span / width < HistogramIntervals.MaxBuckets, $"{span} ns in {width} ns buckets");
        }
    }

    [Theory]
    [InlineData("30s", 30 * Second)]
    [InlineData("5m", 300 * Second)]
    [InlineData("1d", 86_400 * Second)]
    [InlineData("250ms", Second / 4)]
    public void Fixed_intervals_parse(string text, long ns)
    {
        Assert.True(HistogramIntervals.TryParse(text, out long parsed));
        Assert.Equal(ns, parsed);
    }

    [Theory]
    [InlineData("")]
    [InlineData("m")]
    [InlineData("0s")]
    [InlineData("1w")]
    [InlineData("1M")]
    [InlineData("1.5h")]
    [InlineData("-1s")]
    [InlineData("9999999999d")]
    public void Other_text_is_no_interval(string text) => Assert.False(HistogramIntervals.TryParse(text, out _));
}
