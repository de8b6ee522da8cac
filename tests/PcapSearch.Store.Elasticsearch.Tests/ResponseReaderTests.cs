using PcapSearch.Flows.Enrichment;
using System.Text.Json;
using PcapSearch.Store.Catalog;
using PcapSearch.Store.Elasticsearch.Bulk;
using PcapSearch.Store.Elasticsearch.Requests;
using PcapSearch.Store.Elasticsearch.Tests.Specification;

namespace PcapSearch.Store.Elasticsearch.Tests;

/// <summary>
/// The answer readers over the specification's own example responses, and over aggregation answers written here in
/// the shapes Elasticsearch 8 documents (the specification has no aggregation examples), each first checked
/// against the specification's SearchResponse type so the fixture cannot drift from it.
/// </summary>
public sealed class ResponseReaderTests
{
    private static readonly FlowCatalog Catalog = FlowCatalog.Flows;

    /// <summary>An answer from its hits and aggregations (the took/timed_out/_shards envelope is added).</summary>
    private static JsonElement Answer(string json)
    {
        json = json.Trim();
        var answer = JsonDocument.Parse("{" + Envelope + (json[0] == '{' ? json[1..] : json)).RootElement.Clone();
        var errors = SpecValidator.Default.Validate(answer, "SearchResponse");
        Assert.True(errors.Count == 0, "fixture does not conform:\n" + string.Join('\n', errors));
        return answer;
    }

    private const string Envelope = "\"took\":3,\"timed_out\":false,\"_shards\":{\"total\":1,\"successful\":1,\"skipped\":0,\"failed\":0},";

    [Fact]
    public void The_specifications_search_answer_reads_as_hits()
    {
        var fields = new[] { "@timestamp", "source.ip", "http.request.method", "destination.port" }.Select(f => Catalog.Find(f)!).ToList();
        var hits = SearchRequest.Read(SpecExamples.Value("SearchResponseExample1"), fields, 20, ["w"]);
        Assert.Equal(20, hits.Total);
        var hit = Assert.Single(hits.Hits);
        Assert.Equal("0", hit.Id);
        Assert.Equal("127.0.0.1", hit.Fields["source.ip"]);
        Assert.Equal("2099-11-15T14:12:12", hit.Fields["@timestamp"]);
        Assert.Equal(new[] { "get" }, hit.Fields["http.request.method"]);
        Assert.False(hit.Fields.ContainsKey("destination.port"));
        Assert.Null(hits.NextCursor);
        Assert.Equal(["w"], hits.Warnings);
    }

    [Fact]
    public void Hits_carry_values_by_type_and_the_cursor_resumes_after_the_last()
    {
        var answer = Answer("""
        "hits":{"total":{"value":7,"relation":"eq"},"max_score":null,"hits":[
          {"_index":"pcapsearch-flows-2024.05","_id":"AAA","_score":null,
           "_source":{"@timestamp":"2024-05-17T13:45:30.123456Z","event":{"id":"AAA","category":["network"]},
                      "source":{"ip":"10.0.0.1","port":51000,"bytes":1200},"network":{"protocol":"dns"},
                      "dns":{"answers":[{"name":"a.example","ttl":60},{"name":"b.example","ttl":30}]}},
           "sort":[1715953530123456000,"AAA"]}]}}
        """);
        var hits = SearchRequest.Read(answer, Catalog.Fields, 1, []);
        var hit = Assert.Single(hits.Hits);
        Assert.Equal(7, hits.Total);
        Assert.Equal(51000L, hit.Fields["source.port"]);
        Assert.Equal("2024-05-17T13:45:30.123456Z", hit.Fields["@timestamp"]);
        Assert.Equal(new[] { "network" }, hit.Fields["event.category"]);
        Assert.Equal(new[] { "dns" }, hit.Fields["network.protocol"]);
        Assert.Equal(new[] { "a.example", "b.example" }, hit.Fields["dns.answers.name"]);
        Assert.Equal(new[] { 60L, 30L }, hit.Fields["dns.answers.ttl"]);
        Assert.Equal(hit.Cursor, hits.NextCursor);
        Assert.Equal("[1715953530123456000,\"AAA\"]", SearchRequest.DecodeCursor(hit.Cursor).ToJsonString());
    }

    [Theory]
    [InlineData("not base64 !")]
    [InlineData("WzFd")]
    [InlineData("eyJhIjoxfQ")]
    public void A_cursor_this_store_did_not_give_is_refused(string cursor) =>
        Assert.Throws<FlowQueryException>(() => SearchRequest.DecodeCursor(cursor));

    [Fact]
    public void Bulk_items_read_from_the_specifications_answers()
    {
        var created = BulkItemResult.Read(SpecExamples.Value("BulkResponseExample1"));
        Assert.Equal(4, created.Count);
        Assert.Equal(201, created[0].Status);
        Assert.True(created[0].Succeeded);

        var failed = BulkItemResult.Read(SpecExamples.Value("BulkResponseExample2"));
        Assert.Equal([404, 404, 201], failed.Select(i => i.Status));
        Assert.Equal("5", failed[0].Id);
        Assert.Equal("document_missing_exception", failed[0].ErrorType);
        Assert.Equal("[5]: document missing", failed[0].Reason);
        Assert.False(failed[0].Succeeded);
    }

    [Fact]
    public void Point_in_time_delete_by_query_get_and_info_answers_read()
    {
        Assert.StartsWith("46ToAwMDaWR5", PointInTimeRequest.ReadId(SpecExamples.Value("OpenPointInTimeResponseExample1")));
        Assert.Equal(119, DeleteCaptureRequest.Read(SpecExamples.Value("DeleteByQueryResponseExample1")));
        Assert.False(TemplateInstaller.IsOpenSearch(SpecExamples.Value("RootNodeInfoResponseExample1")));
        Assert.True(TemplateInstaller.IsOpenSearch(JsonDocument.Parse("""{"version":{"distribution":"opensearch","number":"2.15.0"}}""").RootElement));
        Assert.Equal("new-pit", PointInTimeRequest.NextId(JsonDocument.Parse("""{"pit_id":"new-pit"}""").RootElement, "old"));
        Assert.Equal("old", PointInTimeRequest.NextId(SpecExamples.Value("SearchResponseExample1"), "old"));
    }

    [Fact]
    public void Facets_read_buckets_other_and_missing()
    {
        var fields = new[] { "network.protocol", "destination.port", "@timestamp" }.Select(f => Catalog.Find(f)!).ToList();
        var answer = Answer("""
        "hits":{"total":{"value":10,"relation":"eq"},"max_score":null,"hits":[]},"aggregations":{
          "t0":{"doc_count_error_upper_bound":0,"sum_other_doc_count":2,"buckets":[{"key":"dns","doc_count":5},{"key":"http","doc_count":1}]},
          "m0":{"doc_count":3},
          "t1":{"doc_count_error_upper_bound":0,"sum_other_doc_count":0,"buckets":[{"key":53,"doc_count":6}]},
          "m1":{"doc_count":4},
          "t2":{"doc_count_error_upper_bound":0,"sum_other_doc_count":9,"buckets":[{"key":1715953530123,"key_as_string":"2024-05-17T13:45:30.123456789Z","doc_count":1}]},
          "m2":{"doc_count":0}}}
        """);
        var (total, _, facets) = FacetsRequest.Read(answer, fields);
        Assert.Equal(10, total);
        Assert.Equal([new FacetBucket("dns", 5), new FacetBucket("http", 1)], facets[0].Buckets);
        Assert.Equal((2, 3), (facets[0].Other, facets[0].Missing));
        Assert.Equal(53L, facets[1].Buckets[0].Value);
        Assert.Equal("2024-05-17T13:45:30.123456789Z", facets[2].Buckets[0].Value);
    }

    [Fact]
    public void Weighed_facets_read_sums_and_other_from_the_flows_having_the_field()
    {
        var fields = new[] { Catalog.Find("source.ip")! };
        var answer = Answer("""
        "hits":{"total":{"value":10,"relation":"eq"},"max_score":null,"hits":[]},"aggregations":{
          "t0":{"doc_count_error_upper_bound":0,"sum_other_doc_count":4,"buckets":[{"key":"10.0.0.1","doc_count":5,"w":{"value":9000.0}},{"key":"10.0.0.2","doc_count":1,"w":{"value":700.0}}]},
          "m0":{"doc_count":0,"w":{"value":0.0}},
          "p0":{"doc_count":10,"w":{"value":10000.0}},
          "w":{"value":10000.0}}}
        """);
        var (total, everything, facets) = FacetsRequest.Read(answer, fields, weighed: true);
        Assert.Equal((10, 10000), (total, everything));
        Assert.Equal([new FacetBucket("10.0.0.1", 9000), new FacetBucket("10.0.0.2", 700)], facets[0].Buckets);
        Assert.Equal((300, 0), (facets[0].Other, facets[0].Missing));
    }

    [Fact]
    public void Histogram_reads_bounds_series_and_buckets()
    {
        var split = Catalog.Find("network.transport")!;
        var probe = Answer("""
        "hits":{"max_score":null,"hits":[]},"aggregations":{
          "first":{"value":1715953500000,"value_as_string":"2024-05-17T13:45:00.000000001Z"},
          "last":{"value":1715953800000,"value_as_string":"2024-05-17T13:50:00Z"},
          "series":{"doc_count_error_upper_bound":0,"sum_other_doc_count":1,"buckets":[{"key":"tcp","doc_count":4},{"key":"udp","doc_count":2}]}}}
        """);
        var (first, last, series) = HistogramAggregation.ReadProbe(probe, split);
        Assert.Equal(1_715_953_500_000_000_001, first);
        Assert.Equal(1_715_953_800_000_000_000, last);
        Assert.Equal(["tcp", "udp"], series);

        var answer = Answer("""
        "hits":{"max_score":null,"hits":[]},"aggregations":{"histogram":{"buckets":[
          {"key_as_string":"2024-05-17T13:45:00.000Z","key":1715953500000,"doc_count":3,"split":{"buckets":{"0":{"doc_count":2},"1":{"doc_count":0},"_other":{"doc_count":1}}}},
          {"key_as_string":"2024-05-17T13:50:00.000Z","key":1715953800000,"doc_count":0,"split":{"buckets":{"0":{"doc_count":0},"1":{"doc_count":0},"_other":{"doc_count":0}}}}]}}}
        """);
        var buckets = HistogramAggregation.Read(answer, 2, split: true);
        Assert.Equal(2, buckets.Count);
        Assert.Equal("2024-05-17T13:45:00Z", buckets[0].Start);
        Assert.Equal(3, buckets[0].Count);
        Assert.Equal([2L, 0L, 1L], buckets[0].Split);
        Assert.Empty(HistogramAggregation.Read(answer, 0, split: false)[1].Split);
    }

    [Fact]
    public void Without_a_flow_index_aggregations_read_as_empty()
    {
        var empty = Answer("""{"hits":{"total":{"value":0,"relation":"eq"},"max_score":null,"hits":[]}}""");
        var field = Catalog.Find("destination.port")!;
        var (first, last, _) = HistogramAggregation.ReadProbe(empty, null);
        Assert.Null(first);
        Assert.Null(last);
        Assert.Equal(0, FacetsRequest.Read(empty, [field]).Facets[0].Missing);
        Assert.Empty(GraphAggregation.Read(empty, GraphNodeKind.Ip).Edges);
        Assert.Equal(0, StatisticsRequest.Read(empty, [field]).Fields[0].Count);
    }

    [Fact]
    public void Graph_edges_read_with_their_weights_and_the_next_page()
    {
        var answer = Answer("""
        "hits":{"max_score":null,"hits":[]},"aggregations":{"edges":{
          "after_key":{"s":"2001:db8::1","sp":null,"d":"10.0.0.2","dp":53},
          "buckets":[{"key":{"s":"2001:db8::1","sp":null,"d":"10.0.0.2","dp":53},"doc_count":3,
            "bytes":{"value":1500.0},"packets":{"value":9.0},"sent":{"value":500.0},"received":{"value":1000.0},
            "transports":{"doc_count_error_upper_bound":0,"sum_other_doc_count":0,"buckets":[{"key":"udp","doc_count":3}]},
            "protocols":{"doc_count_error_upper_bound":0,"sum_other_doc_count":0,"buckets":[{"key":"dns","doc_count":3}]}}]}}}
        """);
        var (edges, after) = GraphAggregation.Read(answer, GraphNodeKind.IpPort);
        var (edge, sent, received) = Assert.Single(edges);
        Assert.Equal(new GraphEdge("2001:db8::1", "10.0.0.2:53", 3, 1500, 9, edge.Transports, edge.Protocols), edge);
        Assert.Equal(["udp"], edge.Transports);
        Assert.Equal(["dns"], edge.Protocols);
        Assert.Equal((500, 1000), (sent, received));
        Assert.Equal(53, after!["dp"]!.GetValue<long>());
        Assert.Equal(("2001:db8::1", 443L), GraphAggregation.SplitIpPort("[2001:db8::1]:443"));
        Assert.Equal(("10.0.0.1", 80L), GraphAggregation.SplitIpPort("10.0.0.1:80"));
        Assert.Equal(("2001:db8::1", (long?)null), GraphAggregation.SplitIpPort("2001:db8::1"));
    }

    [Fact]
    public void Field_statistics_read_counts_distinct_and_ranges()
    {
        var fields = new[] { "destination.port", "@timestamp", "network.transport" }.Select(f => Catalog.Find(f)!).ToList();
        var answer = Answer("""
        "hits":{"total":{"value":12,"relation":"eq"},"max_score":null,"hits":[]},"aggregations":{
          "p0":{"doc_count":10},"d0":{"value":4},"lo0":{"value":22.0},"hi0":{"value":443.0},
          "p1":{"doc_count":12},"d1":{"value":12},"lo1":{"value":1715953500000,"value_as_string":"2024-05-17T13:45:00.5Z"},"hi1":{"value":1715953800000,"value_as_string":"2024-05-17T13:50:00.000001Z"},
          "p2":{"doc_count":12},"d2":{"value":2}}}
        """);
        var (total, statistics) = StatisticsRequest.Read(answer, fields);
        Assert.Equal(12, total);
        Assert.Equal(new FieldStatistics("destination.port", 10, 4, 22L, 443L), statistics[0]);
        Assert.Equal(new FieldStatistics("@timestamp", 12, 12, "2024-05-17T13:45:00.500Z", "2024-05-17T13:50:00.000001Z"), statistics[1]);
        Assert.Equal(new FieldStatistics("network.transport", 12, 2, null, null), statistics[2]);
    }

    [Fact]
    public void Hosts_sum_both_sides_of_every_pair()
    {
        var pairs = Answer("""
        "hits":{"max_score":null,"hits":[]},"aggregations":{"pairs":{"after_key":{"s":"10.0.0.2","d":"10.0.0.1"},"buckets":[
          {"key":{"s":"10.0.0.1","d":"10.0.0.2"},"doc_count":2,"sb":{"value":100.0},"db":{"value":1000.0},"sp":{"value":2.0},"dp":{"value":3.0},
           "first":{"value":1.0,"value_as_string":"2024-05-17T13:45:00Z"},"last":{"value":2.0,"value_as_string":"2024-05-17T13:46:00Z"}},
          {"key":{"s":"10.0.0.2","d":"10.0.0.1"},"doc_count":1,"sb":{"value":10.0},"db":{"value":20.0},"sp":{"value":1.0},"dp":{"value":1.0},
           "first":{"value":0.5,"value_as_string":"2024-05-17T13:44:00Z"},"last":{"value":1.5,"value_as_string":"2024-05-17T13:45:30Z"}},
          {"key":{"s":"10.0.0.2","d":"10.0.0.3"},"doc_count":1,"sb":{"value":5.0},"db":{"value":0.0},"sp":{"value":1.0},"dp":{"value":0.0},
           "first":{"value":0.5,"value_as_string":"2024-05-17T13:44:00Z"},"last":{"value":1.5,"value_as_string":"2024-05-17T13:45:30Z"}}]}}}
        """);
        var hosts = new Dictionary<string, HostTotals>();
        Assert.NotNull(HostsRequest.ReadPairs(pairs, hosts));
        var one = hosts["10.0.0.1"];
        Assert.Equal((3, 100 + 20, 1000 + 10, 2 + 1, 3 + 1, 1), (one.Flows, one.BytesSent, one.BytesReceived, one.PacketsSent, one.PacketsReceived, one.Peers.Count));
        Assert.Equal(("2024-05-17T13:44:00Z", "2024-05-17T13:46:00Z"), (one.FirstSeen, one.LastSeen));
        Assert.Equal(2, hosts["10.0.0.2"].Peers.Count);
        Assert.Equal(5, hosts["10.0.0.3"].BytesReceived);

        var details = Answer("""
        "hits":{"max_score":null,"hits":[]},"aggregations":{
          "src":{"buckets":{"0":{"doc_count":2,"macs":{"doc_count_error_upper_bound":0,"sum_other_doc_count":0,"buckets":[{"key":"00-11-22-33-44-55","doc_count":2}]},"captures":{"doc_count_error_upper_bound":0,"sum_other_doc_count":0,"buckets":[{"key":"c1","doc_count":2}]}}}},
          "dst":{"buckets":{"0":{"doc_count":1,"macs":{"doc_count_error_upper_bound":0,"sum_other_doc_count":0,"buckets":[]},"captures":{"doc_count_error_upper_bound":0,"sum_other_doc_count":0,"buckets":[{"key":"c2","doc_count":1}]},
            "sni":{"doc_count_error_upper_bound":0,"sum_other_doc_count":0,"buckets":[{"key":"www.example","doc_count":1}]},
            "domains":{"doc_count_error_upper_bound":0,"sum_other_doc_count":0,"buckets":[]},
            "answered":{"doc_count":1,"transports":{"doc_count_error_upper_bound":0,"sum_other_doc_count":0,"buckets":[{"key":"tcp","doc_count":1,"ports":{"doc_count_error_upper_bound":0,"sum_other_doc_count":0,"buckets":[{"key":443,"doc_count":1}]}}]}}}}},
          "resolved":{"buckets":{"0":{"doc_count":1,"names":{"doc_count_error_upper_bound":0,"sum_other_doc_count":0,"buckets":[{"key":"a.example","doc_count":1}]}}}}}}
        """);
        var host = HostsRequest.Document("10.0.0.1", one, details, 0);
        Assert.Equal(["00-11-22-33-44-55"], host.Macs);
        Assert.Equal(["a.example", "www.example"], host.Names);
        Assert.Equal(["tcp/443"], host.Services);
        Assert.Equal(["c1", "c2"], host.Captures);
        Assert.Equal(1, host.Peers);
        Assert.Equal(120, host.BytesSent);
    }

    [Fact]
    public void A_host_takes_its_place_and_as_from_a_flow_and_its_mac_vendors_from_the_mac_buckets()
    {
        var one = new HostTotals();
        one.Add("8.8.8.8", 1, 10, 20, 1, 1, "2024-05-17T13:44:00Z", "2024-05-17T13:45:00Z");
        var details = Answer("""
        "hits":{"max_score":null,"hits":[]},"aggregations":{
          "src":{"buckets":{"0":{"doc_count":0,"macs":{"buckets":[]},"captures":{"buckets":[]},"place":{"hits":{"total":{"value":0,"relation":"eq"},"hits":[]}}}}},
          "dst":{"buckets":{"0":{"doc_count":1,"captures":{"buckets":[{"key":"c1","doc_count":1}]},
            "macs":{"buckets":[{"key":"90-59-AF-5B-66-D4","doc_count":1,"vendor":{"buckets":[{"key":"Texas Instruments","doc_count":1}]}},{"key":"02-00-00-00-00-01","doc_count":1,"vendor":{"buckets":[]}}]},
            "place":{"hits":{"total":{"value":1,"relation":"eq"},"hits":[{"_index":"pcapsearch-flows-2016.04","_id":"x","_score":null,"sort":[15169],
              "_source":{"destination":{"geo":{"country_iso_code":"US","location":"37.751,-97.822"},"as":{"number":15169,"organization":{"name":"Google LLC"}}}}}]}},
            "sni":{"buckets":[]},"domains":{"buckets":[]},"answered":{"doc_count":0,"transports":{"buckets":[]}}}}},
          "resolved":{"buckets":{"0":{"doc_count":0,"names":{"buckets":[]}}}}}}
        """);

        var host = HostsRequest.Document("8.8.8.8", one, details, 0);

        Assert.Equal(new GeoPlace("US", null, null, null, null, new GeoPoint(37.751, -97.822)), host.Geo);
        Assert.Equal(new AutonomousSystem(15169, "Google LLC"), host.As);
        Assert.Equal(new Dictionary<string, string> { ["90-59-AF-5B-66-D4"] = "Texas Instruments" }, host.MacVendors);
        Assert.Equal(["02-00-00-00-00-01", "90-59-AF-5B-66-D4"], host.Macs);
    }

    [Fact]
    public void Capture_records_round_trip_through_their_documents()
    {
        var record = new CaptureRecord("cap-1", new string('a', 64), ["x.pcap", "y.pcap"], 1234, "watch:/drop", CaptureStatus.DoneWithWarnings,
            1234, 10, 3, ["truncated at offset 1200"], null, "2024-05-17T13:45:30.123456789Z", "2024-05-17T13:45:31Z", null);
        var document = CaptureDocuments.Document(record);
        Assert.Equal("done_with_warnings", document["status"]!.GetValue<string>());
        using var json = JsonDocument.Parse(document.ToJsonString());
        var back = CaptureDocuments.Read(json.RootElement);
        Assert.Equal(record with { Names = back.Names, Warnings = back.Warnings }, back);
        Assert.Equal(record.Names, back.Names);
        Assert.Equal(record.Warnings, back.Warnings);

        var mapped = TemplateInstaller.Resource("captures.index-template.json")["template"]!["mappings"]!["properties"]!.AsObject();
        Assert.All(document.Select(p => p.Key), name => Assert.True(mapped.ContainsKey(name), $"the captures template does not map '{name}'"));
    }
}
