namespace PcapSearch.Store.Tests.Contract;

/// <summary>Field statistics, weighted facets and the export, checked against the hits and sorted searches.</summary>
public abstract partial class FlowStoreContract<TBackend>
{
    [SkippableTheory]
    [InlineData("")]
    [InlineData("network.transport:tcp")]
    public void Statistics_count_distinct_and_range_as_the_hits_show(string kql)
    {
        string[] fields = ["source.port", "network.bytes", "event.duration", "@timestamp", "event.end", "source.ip", "network.protocol", "dns.answers.ttl"];
        var hits = Matching(kql);
        var statistics = Store.FieldStatistics(new FlowQuery { Kql = kql }, fields);
        Assert.Equal(hits.Count, statistics.Total);
        Assert.Equal(fields, statistics.Fields.Select(f => f.Field));
        Assert.Empty(statistics.Warnings);
        foreach (var stat in statistics.Fields)
        {
            Assert.Equal(hits.Count(h => h.Fields.ContainsKey(stat.Field)), stat.Count);
            Assert.Equal(hits.SelectMany(h => Values(h, stat.Field)).Distinct().Count(), stat.Distinct);
        }
        foreach (string field in new[] { "source.port", "network.bytes", "event.duration" })
        {
            var stat = statistics.Fields.Single(f => f.Field == field);
            var present = hits.Where(h => h.Fields.ContainsKey(field)).Select(h => Long(h, field)).ToList();
            Assert.Equal(present.Min(), stat.Min);
            Assert.Equal(present.Max(), stat.Max);
            Assert.Equal(Sorted(kql, field, SortDirection.Ascending).Fields[field], stat.Min);
            Assert.Equal(Sorted(kql, field, SortDirection.Descending).Fields[field], stat.Max);
        }
        foreach (string field in new[] { "@timestamp", "event.end" })
        {
            var stat = statistics.Fields.Single(f => f.Field == field);
            Assert.Equal(Ns((string)Sorted(kql, field, SortDirection.Ascending).Fields[field]), Ns((string)stat.Min!));
            Assert.Equal(Ns((string)Sorted(kql, field, SortDirection.Descending).Fields[field]), Ns((string)stat.Max!));
        }
        Assert.Null(statistics.Fields.Single(f => f.Field == "source.ip").Min);
        Assert.Null(statistics.Fields.Single(f => f.Field == "network.protocol").Max);
    }

    private FlowHit Sorted(string kql, string field, SortDirection direction) =>
        Store.Search(new FlowQuery { Kql = kql, SortField = field, Direction = direction, Limit = 1 }).Hits.Single();

    [SkippableFact]
    public void Statistics_of_an_unknown_field_warn_and_count_nothing()
    {
        var statistics = Store.FieldStatistics(new FlowQuery(), ["no.such.field", "source.port"]);
        Assert.Equal(new FieldStatistics("no.such.field", 0, 0, null, null), statistics.Fields[0]);
        Assert.Contains(statistics.Warnings, w => w.Contains("no.such.field", StringComparison.Ordinal));
        Assert.True(statistics.Fields[1].Count > 0);
    }

    [SkippableFact]
    public void Statistics_of_no_matching_flow_have_no_range()
    {
        var statistics = Store.FieldStatistics(new FlowQuery { Kql = "network.transport:nothing-like-this" }, ["network.bytes", "@timestamp"]);
        Assert.Equal(0, statistics.Total);
        Assert.All(statistics.Fields, f => Assert.Equal(new FieldStatistics(f.Field, 0, 0, null, null), f));
    }

    [SkippableTheory]
    [InlineData("source.ip", "destination.bytes")]
    [InlineData("destination.port", "network.bytes")]
    [InlineData("network.protocol", "source.packets")]
    public void Facets_weighed_by_a_number_sum_it_per_value(string field, string weight)
    {
        var facet = Store.Facets(new FlowQuery(), [field], 3, weight).Fields[0];
        Assert.Equal(3, facet.Buckets.Count);
        foreach (var bucket in facet.Buckets)
        {
            string value = Convert.ToString(bucket.Value, System.Globalization.CultureInfo.InvariantCulture)!;
            Assert.Equal(All().Sum(h => Values(h, field).Count(v => v == value) * Long(h, weight)), bucket.Count);
        }
        Assert.True(facet.Buckets.Zip(facet.Buckets.Skip(1)).All(p => p.First.Count >= p.Second.Count));
        long everyValue = All().Sum(h => Values(h, field).Length * Long(h, weight));
        Assert.Equal(everyValue, facet.Buckets.Sum(b => b.Count) + facet.Other);
        Assert.Equal(All().Where(h => Values(h, field).Length == 0).Sum(h => Long(h, weight)), facet.Missing);
    }

    [SkippableTheory]
    [InlineData("no.such.field")]
    [InlineData("network.protocol")]
    [InlineData("source.ip")]
    public void Facets_refuse_a_weight_that_is_no_single_number(string weight)
    {
        Assert.Throws<FlowQueryException>(() => Store.Facets(new FlowQuery(), ["source.ip"], 3, weight));
    }

    [SkippableTheory]
    [InlineData("@timestamp", SortDirection.Descending, 7)]
    [InlineData("source.port", SortDirection.Ascending, 1)]
    [InlineData("network.bytes", SortDirection.Descending, 1000)]
    public void Export_streams_every_hit_once_in_the_query_order(string sort, SortDirection direction, int pageSize)
    {
        var query = new FlowQuery { Kql = "not network.transport:icmp", SortField = sort, Direction = direction };
        var expected = Store.Search(query with { Limit = FlowQuery.MaxLimit }).Hits.Select(h => h.Id).ToList();
        var exported = Store.Export(query with { Limit = pageSize }).Select(h => h.Id).ToList();
        Assert.Equal(expected, exported);
        Assert.Equal(Count("not network.transport:icmp"), exported.Distinct().Count());
    }

    [SkippableFact]
    public void Export_of_a_bad_query_throws_when_read()
    {
        Assert.Throws<FlowQueryException>(() => Store.Export(new FlowQuery { SortField = "no.such.field" }).ToList());
        Assert.Throws<Query.KqlSyntaxException>(() => Store.Export(new FlowQuery { Kql = "source.ip:" }).ToList());
    }
}
