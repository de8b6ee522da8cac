using System.Text.Json;
using System.Text.Json.Nodes;
using PcapSearch.Store.Catalog;
using PcapSearch.Store.Elasticsearch.Requests;
using PcapSearch.Store.Elasticsearch.Tests.Specification;
using PcapSearch.Store.Tests;

namespace PcapSearch.Store.Elasticsearch.Tests;

/// <summary>
/// Every request body and query string the adapter builds, held to the official specification (types.ts of
/// elastic/elasticsearch-specification): each property is one the request type declares, of the declared kind.
/// No server runs here; this is what "the request is well-formed" can be checked against.
/// </summary>
public sealed class RequestConformanceTests
{
    private static readonly SpecValidator Validator = SpecValidator.Default;
    private static readonly FlowCatalog Catalog = FlowCatalog.Flows;
    private static readonly DateTimeOffset Now = new(2024, 5, 17, 13, 45, 30, TimeSpan.Zero);
    private static readonly IndexNames Names = new("pcapsearch");

    public static TheoryData<string> Queries =>
    [
        "", "*", "network.transport:tcp", "network.transport:t*p", "network.protocol:(dns or http)", "url.original:login",
        "network.transport:t?p", "url.original:/a?b\\?",
        "user_agent.original:*curl*", "destination.port:443", "destination.port >= 1024 and destination.port < 2048",
        "http.response.status_code >= 500", "source.ip:10.0.0.1", "source.ip:10.0.0.0/8", "source.ip:\"2001:db8::/32\"",
        "dns.resolved_ip:192.168.0.0/16", "source.ip > 10.0.0.1", "source.port:*", "not network.transport:tcp",
        "a.b:1 or network.transport:tcp", "network:{ transport:tcp and type:ipv6 }", "ip:10.0.0.1", "port:53", "port > 1023",
        "mac:\"00:11:22:33:44:55\"", "mac:00-11*", "host:example.com", "host:10.0.0.0/8", "@timestamp >= now-15m",
        "@timestamp < \"2024-01-01\"", "@timestamp:2024-05-17", "event.start > now/d", "10.0.0.5", "evil.example", "\"two words\"",
        "source.p*:80", "pcap.capture.id:abc and (network.type:ipv4 or not dns.question.name:*)", "network.bytes > 1.5",
        "source.ip:not-an-address", "destination.port:http",
    ];

    private static JsonObject Filter(string kql, string? from = "now-7d", string? to = "now", IReadOnlyList<string>? captures = null) =>
        ElasticsearchFlowStore.Filter(new FlowQuery { Kql = kql, From = from, To = to, Captures = captures }, Catalog, Now).Query;

    private static void Conforms(JsonNode body, string request)
    {
        using var document = JsonDocument.Parse(body.ToJsonString());
        var errors = Validator.Validate(document.RootElement, Validator.RequestBody(request));
        Assert.True(errors.Count == 0, $"{request} body does not conform:\n{string.Join('\n', errors)}\n{body.ToJsonString()}");
    }

    [Theory]
    [MemberData(nameof(Queries))]
    public void Search_bodies_conform(string kql)
    {
        var sort = Catalog.Find("@timestamp")!;
        Conforms(SearchRequest.Body(Filter(kql), sort, SortDirection.Descending, 100, null, null), "SearchRequest");
        Conforms(SearchRequest.Body(Filter(kql, null, null, ["c1", "c2"]), Catalog.Find("source.ip")!, SortDirection.Ascending, 10,
            [Catalog.Find("source.ip")!, Catalog.Find("dns.answers.name")!], Cursor("10.0.0.1", "abc")), "SearchRequest");
    }

    [Fact]
    public void Point_in_time_bodies_conform()
    {
        var sort = Catalog.Find("@timestamp")!;
        Conforms(SearchRequest.Body(Filter("network.transport:udp"), sort, SortDirection.Ascending, 1000, null, Cursor(1715953530123456789, "id"), ("pit-id", "120s")), "SearchRequest");
        Conforms(PointInTimeRequest.CloseBody("pit-id"), "ClosePointInTimeRequest");
    }

    [Fact]
    public void Aggregation_bodies_conform()
    {
        var fields = new[] { "destination.port", "network.protocol", "source.ip", "@timestamp", "url.original" }.Select(f => Catalog.Find(f)!).ToList();
        var filter = Filter("network.transport:tcp");
        Conforms(FacetsRequest.Body(filter, fields, 10), "SearchRequest");
        Conforms(FacetsRequest.Body(filter, fields, 10, Catalog.Find("source.bytes")), "SearchRequest");
        Conforms(StatisticsRequest.Body(filter, fields), "SearchRequest");
        foreach (var split in fields.Append(null))
        {
            Conforms(HistogramAggregation.ProbeBody(filter, split, 5), "SearchRequest");
            var series = split?.Type switch
            {
                FieldType.Long => new object[] { 443L, 80L },
                FieldType.Ip => ["10.0.0.1"],
                FieldType.Date => ["2024-05-17T13:45:30.123456Z"],
                null => [],
                _ => ["dns", "http"],
            };
            Conforms(HistogramAggregation.Body(filter, "5m", 1_715_900_000_000_000_000, 1_715_953_530_000_000_000, split, series), "SearchRequest");
        }
        foreach (var kind in Enum.GetValues<GraphNodeKind>())
        {
            Conforms(GraphAggregation.Body(filter, kind, null), "SearchRequest");
            var after = kind == GraphNodeKind.IpPort
                ? new JsonObject { ["s"] = "10.0.0.1", ["sp"] = null, ["d"] = "10.0.0.2", ["dp"] = 53 }
                : new JsonObject { ["s"] = "a", ["d"] = "b" };
            Conforms(GraphAggregation.Body(filter, kind, after), "SearchRequest");
            Conforms(GraphAggregation.Body(GraphAggregation.Touching(kind, ["10.0.0.1", "[2001:db8::1]:443", "10.0.0.2:53", "00:11:22:33:44:55"]), kind, null), "SearchRequest");
        }
        Conforms(HostsRequest.PairsBody(filter, null), "SearchRequest");
        Conforms(HostsRequest.PairsBody(filter, new JsonObject { ["s"] = "10.0.0.1", ["d"] = "10.0.0.2" }), "SearchRequest");
        Conforms(HostsRequest.DetailsBody(filter, ["10.0.0.1", "2001:db8::1"]), "SearchRequest");
        Conforms(CaptureDocuments.ListBody(ElasticsearchFlowStore.MaxCaptures), "SearchRequest");
    }

    [Fact]
    public void Delete_by_query_body_conforms() => Conforms(DeleteCaptureRequest.Body("capture \"quoted\""), "DeleteByQueryRequest");

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public void Templates_and_policy_conform(bool openSearch)
    {
        foreach (var (_, path, body) in TemplateInstaller.Requests(new IndexNames("cases-2024"), openSearch))
        {
            Conforms(body, path.StartsWith("/_ilm/", StringComparison.Ordinal) ? "IlmPutLifecycleRequest" : "IndicesPutIndexTemplateRequest");
        }
    }

    [Fact]
    public void Bulk_action_lines_conform()
    {
        string capture = StoreFixture.Captures[0];
        foreach (var batch in FlowBatches.Build(StoreFixture.Source(capture), StoreFixture.FlowsOf(capture), Names, ElasticsearchOptions.MinBulkBytes))
        {
            var lines = batch.ToString().Split('\n', StringSplitOptions.RemoveEmptyEntries);
            for (int i = 0; i < lines.Length; i += 2)
            {
                using var action = JsonDocument.Parse(lines[i]);
                Assert.Empty(Validator.Validate(action.RootElement, "BulkOperationContainer"));
            }
        }
    }

    public static TheoryData<string, string> Paths => new()
    {
        { RestPaths.Search(Names.Flows), "SearchRequest" },
        { RestPaths.PointInTimeSearch, "SearchRequest" },
        { RestPaths.OpenPointInTime(Names.Flows, TimeSpan.FromMinutes(2)), "OpenPointInTimeRequest" },
        { RestPaths.ClosePointInTime, "ClosePointInTimeRequest" },
        { RestPaths.Bulk(BulkRefresh.WaitFor), "BulkRequest" },
        { RestPaths.Bulk(BulkRefresh.None), "BulkRequest" },
        { RestPaths.Bulk(BulkRefresh.Immediate), "BulkRequest" },
        { RestPaths.DeleteByQuery(Names.Flows), "DeleteByQueryRequest" },
        { RestPaths.WriteDocument(Names.Captures, "id", BulkRefresh.WaitFor), "IndexRequest" },
        { RestPaths.WriteDocument(Names.Captures, "id", BulkRefresh.WaitFor), "DeleteRequest" },
        { RestPaths.Document(Names.Captures, "id"), "GetRequest" },
        { RestPaths.SearchOne(Names.Captures), "SearchRequest" },
        { RestPaths.IndexTemplate("pcapsearch-flows"), "IndicesPutIndexTemplateRequest" },
        { RestPaths.LifecyclePolicy("pcapsearch-flows"), "IlmPutLifecycleRequest" },
    };

    /// <summary>Each query parameter is a member of the request type (not its body), with a value of the member's type.</summary>
    [Theory]
    [MemberData(nameof(Paths))]
    public void Query_parameters_conform(string path, string request)
    {
        var members = Validator.Members(request);
        int question = path.IndexOf('?');
        if (question < 0) return;
        foreach (string pair in path[(question + 1)..].Split('&'))
        {
            var (name, value) = (pair.Split('=')[0], Uri.UnescapeDataString(pair.Split('=')[1]));
            Assert.True(members.ContainsKey(name) && name != "body", $"{request} has no query parameter '{name}'");
            using var asString = JsonDocument.Parse(JsonSerializer.Serialize(value));
            bool fits = Validator.Validate(asString.RootElement, members[name].Type).Count == 0
                        || value is "true" or "false" && Validator.Validate(JsonDocument.Parse(value).RootElement, members[name].Type).Count == 0;
            Assert.True(fits, $"{request}.{name} does not take '{value}'");
        }
    }

    [Fact]
    public void A_document_path_escapes_the_id() =>
        Assert.Equal("/pcapsearch-captures/_doc/a%2Fb%3Fc%20d", RestPaths.Document(Names.Captures, "a/b?c d"));

    private static string Cursor(JsonNode? value, string id)
    {
        using var document = JsonDocument.Parse(new JsonArray(value, id).ToJsonString());
        return SearchRequest.EncodeCursor(document.RootElement);
    }
}
