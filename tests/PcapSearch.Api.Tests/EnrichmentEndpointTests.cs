using System.Text.Json.Nodes;
using PcapSearch.Enrichment;

namespace PcapSearch.Api.Tests;

/// <summary>GET /api/enrichment names the data the host's enrichment reads, for the UI's attribution.</summary>
public class EnrichmentEndpointTests(SharedApiHost shared) : IClassFixture<SharedApiHost>
{
    [Fact]
    public async Task A_host_that_enriches_nothing_lists_no_data()
    {
        var files = await shared.Host.GetJsonAsync("/api/enrichment");

        Assert.Empty(files!.AsArray());
    }

    [Fact]
    public async Task The_installed_data_is_listed_by_kind_file_name_and_licence_files()
    {
        using var enricher = FlowEnricher.Open(new EnrichmentOptions());
        await using var host = await ApiTestHost.StartAsync(inMemory: true, enricher: enricher);

        var files = (await host.GetJsonAsync("/api/enrichment"))!.AsArray();

        var expected = enricher.Sources();
        Assert.NotEmpty(expected);
        Assert.Equal(expected.Select(s => (s.Kind, Path.GetFileName(s.Path), string.Join(",", s.Licences))),
            files.Select(f => (f!["kind"]!.GetValue<string>(), f["file"]!.GetValue<string>(), string.Join(",", f["licences"]!.AsArray().Select(l => l!.GetValue<string>())))));
        Assert.All(files, f => Assert.DoesNotContain("/", f!["file"]!.GetValue<string>())); // names, not the server's paths
    }
}
