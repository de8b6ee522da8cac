using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;

namespace PcapSearch.Api.Tests;

public class SavedObjectEndpointTests
{
    [Fact]
    public async Task A_saved_search_and_a_dashboard_go_through_create_read_list_update_delete()
    {
        await using var host = await ApiTestHost.StartAsync();
        var body = new JsonObject { ["kql"] = "network.protocol:dns", ["columns"] = new JsonArray("source.ip", "dns.question.name") };

        using var created = await host.Client.PostAsJsonAsync("/api/saved-objects", new { type = "search", title = "DNS", body });
        using var dashboard = await host.Client.PostAsJsonAsync("/api/saved-objects", new { type = "dashboard", title = "Overview", body = new JsonObject { ["panels"] = new JsonArray() } });
        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        var saved = (await created.Content.ReadFromJsonAsync<JsonObject>())!;
        string id = saved["id"]!.GetValue<string>();
        Assert.Equal($"/api/saved-objects/{id}", created.Headers.Location!.OriginalString);
        Assert.True(JsonNode.DeepEquals(body, saved["body"]));
        Assert.Equal(saved["created"]!.GetValue<string>(), saved["updated"]!.GetValue<string>());

        var read = await host.GetJsonAsync("/api/saved-objects/" + id);
        Assert.True(JsonNode.DeepEquals(saved, read));
        var searches = (await host.GetJsonAsync("/api/saved-objects?type=search"))!.AsArray();
        Assert.Equal([id], searches.Select(s => s!["id"]!.GetValue<string>()));
        Assert.Equal(2, (await host.GetJsonAsync("/api/saved-objects"))!.AsArray().Count);

        body["kql"] = "network.protocol:tls";
        using var updated = await host.Client.PutAsJsonAsync("/api/saved-objects/" + id, new { type = "search", title = "TLS", body });
        Assert.Equal(HttpStatusCode.OK, updated.StatusCode);
        var after = (await host.GetJsonAsync("/api/saved-objects/" + id))!;
        Assert.Equal("TLS", after["title"]!.GetValue<string>());
        Assert.Equal("network.protocol:tls", after["body"]!["kql"]!.GetValue<string>());
        Assert.Equal(saved["created"]!.GetValue<string>(), after["created"]!.GetValue<string>());

        Assert.Equal(HttpStatusCode.NoContent, (await host.Client.DeleteAsync("/api/saved-objects/" + id)).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await host.Client.GetAsync("/api/saved-objects/" + id)).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await host.Client.DeleteAsync("/api/saved-objects/" + id)).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await host.Client.PutAsJsonAsync("/api/saved-objects/" + id, new { type = "search", title = "x", body })).StatusCode);
    }

    [Fact]
    public async Task Saved_objects_outlive_the_host_in_the_data_directory()
    {
        await using var host = await ApiTestHost.StartAsync();
        using var created = await host.Client.PostAsJsonAsync("/api/saved-objects", new { type = "search", title = "kept", body = new JsonObject() });
        string id = (await created.Content.ReadFromJsonAsync<JsonObject>())!["id"]!.GetValue<string>();

        var reopened = new SavedObjects.SavedObjectStore(host.Options.SavedObjectsFile, TimeProvider.System);

        Assert.Equal("kept", reopened.Get(id)!.Title);
    }

    [Theory]
    [InlineData("""{"type":"search","title":"","body":{}}""", "title")]
    [InlineData("""{"type":"search","title":"x","body":[1]}""", "body")]
    [InlineData("""{"type":"search","title":"x"}""", "body")]
    public async Task An_invalid_saved_object_is_a_400_problem(string json, string reason)
    {
        await using var host = await ApiTestHost.StartAsync();

        using var response = await host.Client.PostAsync("/api/saved-objects", new StringContent(json, System.Text.Encoding.UTF8, "application/json"));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains(reason, (await ApiTestHost.ProblemAsync(response))["detail"]!.GetValue<string>());
    }

    [Fact]
    public async Task An_unknown_type_is_refused()
    {
        await using var host = await ApiTestHost.StartAsync();

        using var response = await host.Client.PostAsync("/api/saved-objects", new StringContent("""{"type":"spreadsheet","title":"x","body":{}}""", System.Text.Encoding.UTF8, "application/json"));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, (await host.Client.GetAsync("/api/saved-objects?type=spreadsheet")).StatusCode);
    }
}
