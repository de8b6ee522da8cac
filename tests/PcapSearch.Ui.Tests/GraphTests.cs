using System.Text.RegularExpressions;
using Microsoft.Playwright;
using PcapSearch.Store;
using static PcapSearch.Ui.Tests.Expectations;

namespace PcapSearch.Ui.Tests;

[Collection(UiCollection.Name)]
public sealed class GraphTests(UiHost host)
{
    [SkippableFact]
    public async Task The_graph_draws_the_top_edges_expands_a_node_and_opens_an_edges_flows()
    {
        var top = host.Store.Graph(new FlowQuery(), new GraphRequest { Top = 10 });
        var page = await host.OpenAsync("/graph?top=10");
        var canvas = page.Locator(".graph-canvas");
        await Assertions.Expect(canvas).ToHaveAttributeAsync("data-nodes", top.Nodes.Count.ToString(System.Globalization.CultureInfo.InvariantCulture));

        // The node whose neighbourhood reaches past the top edges, so expanding it adds nodes.
        string node = top.Nodes.Select(n => n.Id).First(id =>
            host.Store.Graph(new FlowQuery(), new GraphRequest { Top = 10, Expand = [id] }).Nodes.Any(n => top.Nodes.All(t => t.Id != n.Id)));
        var around = host.Store.Graph(new FlowQuery(), new GraphRequest { Top = 10, Expand = [node] });
        int merged = top.Nodes.Select(n => n.Id).Union(around.Nodes.Select(n => n.Id)).Count();
        await Button(page, $"Expand {node}").ClickAsync();
        await Assertions.Expect(page).ToHaveURLAsync(new Regex("expand="));
        await Assertions.Expect(canvas).ToHaveAttributeAsync("data-nodes", merged.ToString(System.Globalization.CultureInfo.InvariantCulture));
        await Screenshots.TakeAsync(page, "graph");

        var edge = top.Edges[0];
        await Button(page, $"Flows from {edge.Source} to {edge.Destination}").ClickAsync();
        await ExpectHitsAsync(page, host.Count($"source.ip:\"{edge.Source}\" and destination.ip:\"{edge.Destination}\""));
        Assert.Equal(edge.Flows, host.Count($"source.ip:\"{edge.Source}\" and destination.ip:\"{edge.Destination}\""));
    }
}
