namespace PcapSearch.Store.Tests.Contract;

/// <summary>Date histograms: every bucket's count equals the hits whose @timestamp falls in it.</summary>
public abstract partial class FlowStoreContract<TBackend>
{
    /// <summary>Checks the buckets are contiguous, of the answer's width, and count exactly the matching hits in each.</summary>
    private void AssertBucketsCount(FlowHistogram histogram, IReadOnlyList<FlowHit> hits)
    {
        long width = HistogramInterval.Parse(histogram.Interval);
        var starts = histogram.Buckets.Select(b => Ns(b.Start)).ToList();
        Assert.All(starts.Zip(starts.Skip(1)), pair => Assert.Equal(pair.First + width, pair.Second));
        Assert.All(starts, start => Assert.Equal(0, start % width));
        for (int i = 0; i < starts.Count; i++)
        {
            long start = starts[i];
            Assert.Equal(hits.Count(h => Ns(Get<string>(h, "@timestamp")!) >= start && Ns(Get<string>(h, "@timestamp")!) < start + width), histogram.Buckets[i].Count);
        }
        Assert.Equal(hits.Count, histogram.Buckets.Sum(b => b.Count));
    }

    [SkippableTheory]
    [InlineData("")]
    [InlineData("network.transport:tcp")]
    [InlineData("network.protocol:dns")]
    public void Auto_interval_without_a_range_spans_the_matching_flows_in_at_most_100_buckets(string kql)
    {
        var hits = Matching(kql);
        var histogram = Store.Histogram(new FlowQuery { Kql = kql }, new HistogramRequest());
        Assert.InRange(histogram.Buckets.Count, 1, HistogramInterval.MaxAutoBuckets);
        AssertBucketsCount(histogram, hits);
        Assert.True(histogram.Buckets[0].Count > 0 && histogram.Buckets[^1].Count > 0, "the first and last buckets hold the first and last flows");
        Assert.Equal(hits.Count, Store.Search(new FlowQuery { Kql = kql }).Total);
    }

    [SkippableFact]
    public void Auto_interval_from_the_query_range_includes_empty_buckets()
    {
        var query = new FlowQuery { From = "2007-08-05T19:00:00Z", To = "2007-08-05T20:00:00Z" };
        var histogram = Store.Histogram(query, new HistogramRequest());
        Assert.Equal("1m", histogram.Interval); // an hour: 36 s would make 100 buckets, the next nice width is a minute
        Assert.Equal(60, histogram.Buckets.Count);
        Assert.Equal("2007-08-05T19:00:00.000Z", histogram.Buckets[0].Start);
        Assert.Contains(histogram.Buckets, b => b.Count == 0);
        AssertBucketsCount(histogram, Store.Export(query with { Limit = 1000 }).ToList());
        Assert.Equal(Store.Search(query).Total, histogram.Buckets.Sum(b => b.Count));
    }

    [SkippableFact]
    public void Explicit_interval_over_a_range_and_over_all_data()
    {
        var month = new FlowQuery { From = "2007-08-01T00:00:00Z", To = "2007-09-01T00:00:00Z" };
        var days = Store.Histogram(month, new HistogramRequest { Interval = "1d" });
        Assert.Equal("1d", days.Interval);
        Assert.Equal(31, days.Buckets.Count);
        AssertBucketsCount(days, Store.Export(month with { Limit = 1000 }).ToList());

        var hours = Store.Histogram(new FlowQuery { Kql = "network.protocol:http" }, new HistogramRequest { Interval = "30d" });
        Assert.Equal("30d", hours.Interval);
        AssertBucketsCount(hours, Matching("network.protocol:http"));
    }

    [SkippableFact]
    public void A_split_by_a_single_valued_field_adds_up_to_each_bucket()
    {
        var histogram = Store.Histogram(new FlowQuery(), new HistogramRequest { SplitField = "network.transport", SplitTop = 2 });
        var top = Store.Facets(new FlowQuery(), ["network.transport"], 2).Fields[0].Buckets;
        Assert.Equal(top.Select(b => b.Value), histogram.Series);
        Assert.All(histogram.Buckets, b => Assert.Equal(b.Count, b.Split.Sum()));
        for (int i = 0; i < histogram.Series.Count; i++)
        {
            Assert.Equal(Count($"network.transport:{histogram.Series[i]}"), histogram.Buckets.Sum(b => b.Split[i]));
        }
        Assert.Equal(Fixture.FlowCount - top.Sum(b => b.Count), histogram.Buckets.Sum(b => b.Split[^1]));
    }

    [SkippableFact]
    public void A_split_by_a_list_field_counts_each_value()
    {
        var histogram = Store.Histogram(new FlowQuery(), new HistogramRequest { SplitField = "network.protocol", SplitTop = 3, Interval = "365d" });
        Assert.Equal(3, histogram.Series.Count);
        for (int i = 0; i < histogram.Series.Count; i++)
        {
            var hits = Matching($"network.protocol:\"{histogram.Series[i]}\"");
            var perBucket = histogram.Buckets.Select(b => (long)hits.Count(h => Ns(Get<string>(h, "@timestamp")!) >= Ns(b.Start) && Ns(Get<string>(h, "@timestamp")!) < Ns(b.Start) + HistogramInterval.Parse("365d")));
            Assert.Equal(perBucket, histogram.Buckets.Select(b => b.Split[i]));
        }
        long values = All().Sum(h => Math.Max(1, Values(h, "network.protocol").Length));
        Assert.Equal(values, histogram.Buckets.Sum(b => b.Split.Sum()));
    }

    [SkippableTheory]
    [InlineData("5 parsecs", null, 5)]
    [InlineData("0s", null, 5)]
    [InlineData("1ms", null, 5)] // billions of buckets over 2007-2026
    [InlineData(null, "no.such.field", 5)]
    [InlineData(null, "@timestamp", 5)]
    [InlineData(null, "network.transport", 0)]
    public void Bad_histogram_requests_are_refused(string? interval, string? split, int splitTop)
    {
        var e = Assert.Throws<FlowQueryException>(() => Store.Histogram(new FlowQuery(), new HistogramRequest { Interval = interval, SplitField = split, SplitTop = splitTop }));
        Assert.False(string.IsNullOrWhiteSpace(e.Message));
    }

    [SkippableFact]
    public void No_matching_flows_and_no_range_make_no_buckets()
    {
        var histogram = Store.Histogram(new FlowQuery { Kql = "network.transport:nothing-like-this" }, new HistogramRequest());
        Assert.Empty(histogram.Buckets);
    }
}
