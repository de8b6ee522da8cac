using System.Net;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;

namespace PcapSearch.Api.Tests;

public class OperationsEndpointTests(SharedApiHost shared) : IClassFixture<SharedApiHost>
{
    private ApiTestHost Host => shared.Host;

    [Fact]
    public async Task Healthz_says_ok_with_the_catalog_size()
    {
        var health = await Host.GetJsonAsync("/healthz");

        Assert.Equal("ok", health!["status"]!.GetValue<string>());
        Assert.Equal(ApiTestHost.Captures.Length, health["captures"]!.GetValue<int>());
    }

    [Fact]
    public async Task Metrics_are_prometheus_text_with_request_counts_and_ingest_counters()
    {
        await Host.Client.GetAsync("/api/captures");

        using var response = await Host.Client.GetAsync("/metrics");
        string text = await response.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.StartsWith("text/plain", response.Content.Headers.ContentType!.ToString());
        Assert.Contains("# TYPE http_requests_received_total counter", text);
        Assert.Matches("http_requests_received_total\\{code=\"200\",method=\"GET\",controller=\"\",action=\"\",endpoint=\"/api/captures\"\\} [1-9]", text);
        Assert.Contains($"pcapsearch_captures{{status=\"done\"}} {ApiTestHost.Captures.Length}", text);
        long flows = Host.Store.Captures().Sum(c => c.Flows);
        Assert.Contains($"pcapsearch_ingested_flows {flows}", text);
        Assert.Contains("# TYPE pcapsearch_uploads_total counter", text);
    }

    [Fact]
    public async Task The_openapi_document_lists_every_endpoint()
    {
        var document = await Host.GetJsonAsync("/openapi/v1.json");
        var documented = document!["paths"]!.AsObject()
            .SelectMany(path => path.Value!.AsObject().Select(operation => operation.Key.ToUpperInvariant() + " " + path.Key))
            .ToHashSet();

        var mapped = Host.Services.GetRequiredService<EndpointDataSource>().Endpoints.OfType<RouteEndpoint>()
            .Where(e => e.Metadata.GetMetadata<IExcludeFromDescriptionMetadata>() is not { ExcludeFromDescription: true })
            .Where(e => e.RoutePattern.RawText!.StartsWith("/api", StringComparison.Ordinal) || e.RoutePattern.RawText == "/healthz")
            .SelectMany(e => e.Metadata.GetMetadata<Microsoft.AspNetCore.Routing.HttpMethodMetadata>()!.HttpMethods.Select(m => m + " " + Normalise(e.RoutePattern.RawText!)))
            .ToList();

        Assert.True(mapped.Count >= 20, string.Join(", ", mapped));
        Assert.All(mapped, endpoint => Assert.Contains(endpoint, documented));
        Assert.Equal("PcapSearch API", document["info"]!["title"]!.GetValue<string>());
        var search = document["paths"]!["/api/search"]!["get"]!["parameters"]!.AsArray().Select(p => p!["name"]!.GetValue<string>());
        Assert.Equal(["q", "from", "to", "captures", "sort", "direction", "after", "limit", "fields"], search);
    }

    [Fact]
    public async Task Without_a_ui_build_the_root_page_says_so_and_links_the_openapi_document()
    {
        string page = await Host.Client.GetStringAsync("/");

        Assert.Contains("no UI build yet", page);
        Assert.Contains("href=\"/openapi/v1.json\"", page);
    }

    private static string Normalise(string pattern) => pattern.TrimEnd('/') is { Length: > 0 } trimmed ? trimmed : "/";
}
