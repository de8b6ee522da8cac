using System.Net;
using System.Text.Json.Nodes;
using PcapSearch.Store;

namespace PcapSearch.Api.Tests;

public class SearchEndpointTests(SharedApiHost shared) : IClassFixture<SharedApiHost>
{
    private ApiTestHost Host => shared.Host;

    [Theory]
    [InlineData("", "", "@timestamp", "desc", 100)]
    [InlineData("network.protocol:dns", "", "@timestamp", "asc", 100)]
    [InlineData("source.ip: 10.0.0.0/8 or destination.port >= 80", "source.ip,destination.port,network.bytes", "network.bytes", "desc", 3)]
    public async Task Search_answers_what_the_store_answers(string kql, string fields, string sort, string direction, int limit)
    {
        var query = new FlowQuery
        {
            Kql = kql,
            SortField = sort,
            Direction = direction == "asc" ? SortDirection.Ascending : SortDirection.Descending,
            Limit = limit,
            Fields = fields.Length == 0 ? null : fields.Split(','),
        };
        string path = $"/api/search?q={Uri.EscapeDataString(kql)}&sort={sort}&direction={direction}&limit={limit}" + (fields.Length == 0 ? "" : "&fields=" + fields);

        var answer = await Host.GetJsonAsync(path);

        var expected = Host.Store.Search(query);
        Assert.True(expected.Total > 0);
        ApiTestHost.AssertSameJson(expected, answer);
    }

    [Fact]
    public async Task Paging_with_the_cursor_walks_every_hit_once()
    {
        var all = Host.Store.Search(new FlowQuery { Limit = 1000 }).Hits.Select(h => h.Id).ToList();
        var seen = new List<string>();
        string? after = null;
        do
        {
            var page = await Host.GetJsonAsync("/api/search?limit=2&fields=event.id" + (after is null ? "" : "&after=" + Uri.EscapeDataString(after)));
            seen.AddRange(page!["hits"]!.AsArray().Select(h => h!["id"]!.GetValue<string>()));
            after = page["nextCursor"]?.GetValue<string>();
        }
        while (after is not null);

        Assert.Equal(all, seen);
    }

    [Fact]
    public async Task Time_range_and_captures_narrow_the_search_as_in_the_store()
    {
        string capture = Host.Store.Captures().First(c => c.Names.Contains("dns-tcp.pcap")).Id;
        var query = new FlowQuery { From = "2013-11-26T16:07:00Z", To = "2013-11-26T16:08:00Z", Captures = [capture] };

        var answer = await Host.GetJsonAsync($"/api/search?from=2013-11-26T16:07:00Z&to=2013-11-26T16:08:00Z&captures={capture}");

        var expected = Host.Store.Search(query);
        Assert.True(expected.Total > 0);
        ApiTestHost.AssertSameJson(expected, answer);
    }

    [Theory]
    [InlineData("", "destination.port,network.protocol", 10)]
    [InlineData("network.transport:tcp", "source.ip,dns.question.name,no.such.field", 1)]
    public async Task Facets_answer_what_the_store_answers(string kql, string fields, int topN)
    {
        var answer = await Host.GetJsonAsync($"/api/facets?q={Uri.EscapeDataString(kql)}&fields={fields}&topN={topN}");

        ApiTestHost.AssertSameJson(Host.Store.Facets(new FlowQuery { Kql = kql }, fields.Split(','), topN), answer);
    }

    [Fact]
    public async Task Malformed_kql_is_a_400_problem_with_the_column()
    {
        using var response = await Host.Client.GetAsync("/api/search?q=" + Uri.EscapeDataString("source.ip:10.0.0.0/8 and ("));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var problem = await ApiTestHost.ProblemAsync(response);
        Assert.Equal(27, problem["column"]!.GetValue<int>());
        Assert.Contains("column 27", problem["detail"]!.GetValue<string>());
        Assert.NotEmpty(problem["expected"]!.AsArray());
    }

    [Theory]
    [InlineData("/api/search?sort=dns.question.name", "several values")]
    [InlineData("/api/search?after=not-a-cursor", "cursor")]
    [InlineData("/api/search?from=yesterday-ish", "not a time")]
    [InlineData("/api/facets?fields=destination.port&topN=0", "topN")]
    [InlineData("/api/search?direction=sideways", "asc or desc")]
    [InlineData("/api/facets", "fields")]
    public async Task A_query_the_store_refuses_is_a_400_problem_saying_why(string path, string reason)
    {
        using var response = await Host.Client.GetAsync(path);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains(reason, (await ApiTestHost.ProblemAsync(response))["detail"]!.GetValue<string>());
    }

    [Fact]
    public async Task A_flow_is_found_by_its_event_id_and_an_unknown_one_is_404()
    {
        var hit = Host.Store.Search(new FlowQuery { Kql = "network.protocol:http", Limit = 1 }).Hits[0];

        ApiTestHost.AssertSameJson(hit with { Cursor = Host.Store.Search(new FlowQuery { Kql = $"event.id:\"{hit.Id}\"", Limit = 1 }).Hits[0].Cursor },
            await Host.GetJsonAsync("/api/flows/" + hit.Id));
        using var missing = await Host.Client.GetAsync("/api/flows/no-such-flow");
        Assert.Equal(HttpStatusCode.NotFound, missing.StatusCode);
        Assert.Equal("No such flow", (await ApiTestHost.ProblemAsync(missing))["title"]!.GetValue<string>());
    }

    [Fact]
    public async Task The_field_list_is_the_store_catalog()
    {
        var answer = (await Host.GetJsonAsync("/api/fields"))!.AsArray();

        Assert.Equal(Store.Catalog.FlowCatalog.Flows.Fields.Select(f => f.Name), answer.Select(f => f!["name"]!.GetValue<string>()));
        Assert.Equal("ip", answer.Single(f => f!["name"]!.GetValue<string>() == "source.ip")!["type"]!.GetValue<string>());
    }

    [Fact]
    public async Task An_unknown_path_is_a_404_problem()
    {
        using var response = await Host.Client.GetAsync("/api/no-such-thing");

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Equal(404, (await ApiTestHost.ProblemAsync(response))["status"]!.GetValue<int>());
    }
}
