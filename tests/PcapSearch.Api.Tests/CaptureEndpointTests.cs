using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using PcapSearch.Store;
using PcapSearch.Testing;

namespace PcapSearch.Api.Tests;

public class CaptureEndpointTests
{
    [Fact]
    public async Task The_catalog_lists_every_capture_and_answers_one_by_id()
    {
        await using var host = await ApiTestHost.StartAsync();

        ApiTestHost.AssertSameJson(host.Store.Captures(), await host.GetJsonAsync("/api/captures"));
        var one = host.Store.Captures()[0];
        ApiTestHost.AssertSameJson(one, await host.GetJsonAsync("/api/captures/" + one.Id));
        Assert.Equal("done", (await host.GetJsonAsync("/api/captures/" + one.Id))!["status"]!.GetValue<string>());
        using var missing = await host.Client.GetAsync("/api/captures/nope");
        Assert.Equal(HttpStatusCode.NotFound, missing.StatusCode);
    }

    [Fact]
    public async Task An_upload_streams_into_the_intake_and_is_queued_in_the_catalog()
    {
        await using var host = await ApiTestHost.StartAsync();
        byte[] capture = await File.ReadAllBytesAsync(TestCorpus.PathOf("arkime/adb.pcap"));

        using var response = await host.Client.PostAsync("/api/captures", Upload(capture, "evidence.pcap"));

        Assert.Equal(HttpStatusCode.Accepted, response.StatusCode);
        var record = (await response.Content.ReadFromJsonAsync<JsonArray>())![0]!;
        string id = record["id"]!.GetValue<string>();
        string sha256 = Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData(capture));
        Assert.Equal(sha256, record["sha256"]!.GetValue<string>());
        Assert.Equal("queued", record["status"]!.GetValue<string>());
        Assert.Equal("upload", record["source"]!.GetValue<string>());
        Assert.Equal(capture.Length, record["size"]!.GetValue<long>());
        Assert.Equal(["evidence.pcap"], host.Store.Capture(id)!.Names);
        Assert.Equal($"/api/captures/{id}", response.Headers.Location!.OriginalString);
        var announced = Assert.Single(host.Announced.Messages);
        Assert.Equal((id, sha256, "evidence.pcap"), (announced.CaptureId, announced.Sha256, announced.Name));
        Assert.Equal(capture, await File.ReadAllBytesAsync(new Uri(announced.StorageUri).LocalPath));
    }

    [Fact]
    public async Task An_upload_that_is_no_capture_is_refused_with_what_it_looked_like_and_nothing_is_kept()
    {
        await using var host = await ApiTestHost.StartAsync();
        int before = host.Store.Captures().Count;

        using var response = await host.Client.PostAsync("/api/captures", Upload("{\"not\": \"a capture\"}"u8.ToArray(), "notes.pcap"));

        Assert.Equal(HttpStatusCode.UnprocessableEntity, response.StatusCode);
        var problem = (await response.Content.ReadFromJsonAsync<JsonObject>())!;
        Assert.Contains("not a packet capture", problem["detail"]!.GetValue<string>());
        Assert.Equal(before, host.Store.Captures().Count);
        Assert.Empty(host.Announced.Messages);
    }

    [Fact]
    public async Task An_upload_over_the_limit_is_413_and_stores_nothing()
    {
        await using var host = await ApiTestHost.StartAsync(o => o with { MaxUploadBytes = 4096 });
        int before = host.Store.Captures().Count;

        using var response = await host.Client.PostAsync("/api/captures", Upload(new byte[64 * 1024], "big.pcap"));

        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, response.StatusCode);
        Assert.Contains("limit", (await ApiTestHost.ProblemAsync(response))["detail"]!.GetValue<string>());
        Assert.Equal(before, host.Store.Captures().Count);
    }

    [Fact]
    public async Task A_chunked_upload_over_the_limit_is_413_too()
    {
        await using var host = await ApiTestHost.StartAsync(o => o with { MaxUploadBytes = 4096 });
        int before = host.Store.Captures().Count;
        var content = Upload(new byte[64 * 1024], "big.pcap");
        await content.LoadIntoBufferAsync();
        var chunked = new StreamContent(await content.ReadAsStreamAsync());
        chunked.Headers.ContentType = content.Headers.ContentType;
        using var request = new HttpRequestMessage(HttpMethod.Post, "/api/captures") { Content = chunked };
        request.Headers.TransferEncodingChunked = true;

        using var response = await host.Client.SendAsync(request);

        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, response.StatusCode);
        Assert.Equal(before, host.Store.Captures().Count);
        string stored = Path.Combine(host.Options.DataDirectory, "captures");
        Assert.False(Directory.Exists(stored) && Directory.EnumerateFiles(stored).Any());
    }

    [Theory]
    [InlineData("../escape.pcap")]
    [InlineData("sub/dir.pcap")]
    [InlineData("..\\escape.pcap")]
    [InlineData("C:evil.pcap")]
    [InlineData("..")]
    public async Task A_name_with_path_parts_is_refused(string name)
    {
        await using var host = await ApiTestHost.StartAsync();
        int before = host.Store.Captures().Count;

        using var response = await host.Client.PostAsync("/api/captures", Upload([1, 2, 3], name));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("name", (await ApiTestHost.ProblemAsync(response))["detail"]!.GetValue<string>());
        Assert.Equal(before, host.Store.Captures().Count);
    }

    [Fact]
    public async Task An_upload_without_a_file_part_is_refused()
    {
        await using var host = await ApiTestHost.StartAsync();

        using var form = await host.Client.PostAsync("/api/captures", new MultipartFormDataContent { { new StringContent("x"), "note" } });
        using var json = await host.Client.PostAsync("/api/captures", JsonContent.Create(new { file = "x" }));

        Assert.Equal(HttpStatusCode.BadRequest, form.StatusCode);
        Assert.Equal(HttpStatusCode.UnsupportedMediaType, json.StatusCode);
    }

    [Fact]
    public async Task Deleting_a_capture_removes_its_flows_and_record_and_then_it_is_404()
    {
        await using var host = await ApiTestHost.StartAsync();
        var capture = host.Store.Captures().First(c => c.Names.Contains("http-simple-get.pcap"));
        var scoped = new FlowQuery { Captures = [capture.Id] };
        long flows = host.Store.Search(scoped).Total;

        var deleted = await host.Client.DeleteAsync("/api/captures/" + capture.Id);
        var again = await host.Client.DeleteAsync("/api/captures/" + capture.Id);

        Assert.Equal(HttpStatusCode.OK, deleted.StatusCode);
        Assert.Equal(flows, (await deleted.Content.ReadFromJsonAsync<JsonObject>())!["flows"]!.GetValue<long>());
        Assert.True(flows > 0);
        Assert.Equal(0, host.Store.Search(scoped).Total);
        Assert.Null(host.Store.Capture(capture.Id));
        Assert.Equal(HttpStatusCode.NotFound, again.StatusCode);
    }

    [Fact]
    public async Task Progress_streams_as_server_sent_events_and_ends_with_done()
    {
        await using var host = await ApiTestHost.StartAsync();
        using var upload = await host.Client.PostAsync("/api/captures", Upload(await File.ReadAllBytesAsync(TestCorpus.PathOf("arkime/adb.pcap")), "slow.pcap"));
        var queued = host.Store.Capture((await upload.Content.ReadFromJsonAsync<JsonArray>())![0]!["id"]!.GetValue<string>())!;

        using var response = await host.Client.GetAsync($"/api/captures/{queued.Id}/progress", HttpCompletionOption.ResponseHeadersRead);
        Assert.Equal("text/event-stream", response.Content.Headers.ContentType?.MediaType);
        var events = new List<(string Event, JsonNode Data)>();
        using var reader = new StreamReader(await response.Content.ReadAsStreamAsync());
        string? kind = null;
        while (await reader.ReadLineAsync() is { } line)
        {
            if (line.StartsWith("event: ", StringComparison.Ordinal)) kind = line["event: ".Length..];
            if (!line.StartsWith("data: ", StringComparison.Ordinal)) continue;
            events.Add((kind!, JsonNode.Parse(line["data: ".Length..])!));
            // The worker's part, played by the test: processing once the first event is seen, then done.
            if (events.Count == 1) host.Store.UpsertCapture(queued with { Status = CaptureStatus.Processing, BytesRead = 50 });
            if (events.Count == 2) host.Store.UpsertCapture(queued with { Status = CaptureStatus.Done, BytesRead = 100, Flows = 1 });
        }

        Assert.Equal(["progress", "progress", "done"], events.Select(e => e.Event));
        Assert.Equal(["queued", "processing", "done"], events.Select(e => e.Data["status"]!.GetValue<string>()));
        Assert.Equal(100, events[^1].Data["bytesRead"]!.GetValue<long>());
    }

    [Fact]
    public async Task Progress_of_an_unknown_capture_is_404()
    {
        await using var host = await ApiTestHost.StartAsync();

        using var response = await host.Client.GetAsync("/api/captures/nope/progress");

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }

    public static MultipartFormDataContent Upload(byte[] bytes, string name)
    {
        var file = new ByteArrayContent(bytes);
        file.Headers.ContentType = new MediaTypeHeaderValue("application/vnd.tcpdump.pcap");
        var form = new MultipartFormDataContent();
        form.Add(file, "file");
        // Set by hand: HttpClient would quote and encode the name its own way; this is the header a client sends.
        file.Headers.ContentDisposition = new ContentDispositionHeaderValue("form-data") { Name = "\"file\"", FileName = "\"" + name.Replace("\\", "\\\\") + "\"" };
        return form;
    }
}
