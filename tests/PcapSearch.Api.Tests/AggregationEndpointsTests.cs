using System.Net;
using System.Text.Json;
using System.Text.Json.Nodes;
using PcapSearch.Store;

namespace PcapSearch.Api.Tests;

/// <summary>The endpoints over the store's aggregations and streams (histogram, graph, field statistics, hosts, export): each compares the API's answer with the store's own.</summary>
public class AggregationEndpointsTests(SharedApiHost shared) : IClassFixture<SharedApiHost>
{
    private ApiTestHost Host => shared.Host;

    [Fact]
    public async Task Histogram_answers_what_the_store_answers()
    {
        var answer = await Host.GetJsonAsync("/api/histogram?q=network.transport:tcp&split=network.protocol&splitTop=2");

        var expected = Host.Store.Histogram(new FlowQuery { Kql = "network.transport:tcp" }, new HistogramRequest { SplitField = "network.protocol", SplitTop = 2 });
        Assert.NotEmpty(expected.Buckets);
        ApiTestHost.AssertSameJson(expected, answer);
    }

    [Fact]
    public async Task Graph_answers_what_the_store_answers()
    {
        var answer = await Host.GetJsonAsync("/api/graph?node=ip-port&weight=flows&top=5");

        var expected = Host.Store.Graph(new FlowQuery(), new GraphRequest { Node = GraphNodeKind.IpPort, Weight = GraphWeight.Flows, Top = 5 });
        Assert.NotEmpty(expected.Edges);
        ApiTestHost.AssertSameJson(expected, answer);
    }

    [Fact]
    public async Task Field_statistics_answer_what_the_store_answers()
    {
        var answer = await Host.GetJsonAsync("/api/fields/statistics?fields=destination.port,@timestamp,dns.question.name");

        ApiTestHost.AssertSameJson(Host.Store.FieldStatistics(new FlowQuery(), ["destination.port", "@timestamp", "dns.question.name"]), answer);
    }

    [Fact]
    public async Task Hosts_and_one_host_answer_what_the_store_answers()
    {
        var hosts = await Host.GetJsonAsync("/api/hosts?order=flows&limit=3");

        var expected = Host.Store.Hosts(new HostQuery { Order = HostOrder.Flows, Limit = 3 });
        Assert.NotEmpty(expected.Hosts);
        ApiTestHost.AssertSameJson(expected, hosts);
        string ip = expected.Hosts[0].Ip;
        ApiTestHost.AssertSameJson(Host.Store.Host(ip, new FlowQuery())!, await Host.GetJsonAsync("/api/hosts/" + Uri.EscapeDataString(ip)));
        Assert.Equal(HttpStatusCode.NotFound, (await Host.Client.GetAsync("/api/hosts/192.0.2.250")).StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, (await Host.Client.GetAsync("/api/hosts/not-an-address")).StatusCode);
    }

    [Fact]
    public async Task Export_streams_every_matching_document_as_ndjson()
    {
        using var response = await Host.Client.GetAsync("/api/export?q=network.protocol:dns&fields=source.ip,dns.question.name&limit=1");
        string text = await response.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("application/x-ndjson", response.Content.Headers.ContentType!.MediaType);
        var lines = text.Split('\n', StringSplitOptions.RemoveEmptyEntries).Select(l => JsonNode.Parse(l)!).ToList();
        var expected = Host.Store.Export(new FlowQuery { Kql = "network.protocol:dns", Fields = ["source.ip", "dns.question.name"], Limit = 1 }).ToList();
        Assert.True(expected.Count > 1);
        Assert.Equal(expected.Count, lines.Count);
        for (int i = 0; i < lines.Count; i++)
        {
            var document = new Dictionary<string, object> { ["event.id"] = expected[i].Id };
            foreach (var (name, value) in expected[i].Fields) document[name] = value;
            Assert.True(JsonNode.DeepEquals(JsonSerializer.SerializeToNode(document), lines[i]), lines[i].ToJsonString());
        }
    }

    [Fact]
    public async Task Export_refuses_malformed_kql_before_streaming()
    {
        using var response = await Host.Client.GetAsync("/api/export?q=" + Uri.EscapeDataString("a:(b"));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal(5, (await ApiTestHost.ProblemAsync(response))["column"]!.GetValue<int>());
    }
}
