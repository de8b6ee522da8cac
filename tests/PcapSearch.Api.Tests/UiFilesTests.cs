using System.Net;

namespace PcapSearch.Api.Tests;

public class UiFilesTests
{
    [Fact]
    public async Task A_built_ui_is_served_with_its_routes_while_unknown_api_paths_stay_404()
    {
        string ui = Directory.CreateTempSubdirectory("pcapsearch-ui-").FullName;
        try
        {
            await File.WriteAllTextAsync(Path.Combine(ui, "index.html"), "<title>the UI</title>");
            await File.WriteAllTextAsync(Path.Combine(ui, "app.js"), "console.log(1)");
            await using var host = await ApiTestHost.StartAsync(o => o with { UiDirectory = ui });

            Assert.Contains("the UI", await host.Client.GetStringAsync("/"));
            Assert.Contains("the UI", await host.Client.GetStringAsync("/dashboards/7"));
            Assert.Equal("console.log(1)", await host.Client.GetStringAsync("/app.js"));
            using var missing = await host.Client.GetAsync("/api/no-such-thing");
            Assert.Equal(HttpStatusCode.NotFound, missing.StatusCode);
            await ApiTestHost.ProblemAsync(missing);
            Assert.Equal(HttpStatusCode.OK, (await host.Client.GetAsync("/api/captures")).StatusCode);
        }
        finally
        {
            Directory.Delete(ui, recursive: true);
        }
    }
}
