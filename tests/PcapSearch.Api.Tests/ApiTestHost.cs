using System.Net.Http.Json;
using System.Text.Json;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using PcapSearch.Api.Hosting;
using PcapSearch.Enrichment;
using PcapSearch.Flows.Engine;
using PcapSearch.Ingest;
using PcapSearch.Ingest.Indexing;
using PcapSearch.Store;
using PcapSearch.Store.DuckDb;
using PcapSearch.Testing;

namespace PcapSearch.Api.Tests;

/// <summary>
/// The API as `serve` runs it, over a real DuckDB store in a temp data directory filled from corpus captures
/// (each with its catalog record): on Kestrel at 127.0.0.1 with a free port, or, for a host configured with an
/// address this test must not open (0.0.0.0), on the in-memory test server.
/// </summary>
public sealed class ApiTestHost : IAsyncDisposable
{
    public static readonly string[] Captures = ["arkime/dns-tcp.pcap", "arkime/http-simple-get.pcap", "arkime/https-connect.pcap", "arkime/v6-http.pcap"];

    private readonly WebApplication _app;

    private ApiTestHost(WebApplication app, DuckDbFlowStore store, ApiOptions options, HttpClient client)
    {
        _app = app;
        Store = store;
        Options = options;
        Client = client;
    }

    public DuckDbFlowStore Store { get; }

    public ApiOptions Options { get; }

    public HttpClient Client { get; }

    public IServiceProvider Services => _app.Services;

    /// <summary>What the intake announced: no worker runs in these tests, so announced captures stay queued.</summary>
    public RecordingAnnouncer Announced => (RecordingAnnouncer)Services.GetRequiredService<ICaptureAnnouncer>();

    /// <param name="enricher">The enrichment the host says it uses (serve registers its own); none when null.</param>
    public static async Task<ApiTestHost> StartAsync(Func<ApiOptions, ApiOptions>? configure = null, bool inMemory = false, FlowEnricher? enricher = null)
    {
        string data = Directory.CreateTempSubdirectory("pcapsearch-api-").FullName;
        var options = new ApiOptions { DataDirectory = data, Port = 0, LogLevel = Serilog.Events.LogEventLevel.Warning };
        options = configure?.Invoke(options) ?? options;
        var store = new DuckDbFlowStore(Path.Combine(data, "flows.duckdb"));
        foreach (var capture in Captures) Ingest(store, TestCorpus.PathOf(capture));
        var app = ApiHost.Build(options, services =>
        {
            services.AddSingleton<IFlowStore>(store);
            services.AddCaptureIntake(new IntakeOptions { DataDirectory = data, MaxCaptureBytes = options.MaxUploadBytes });
            services.AddSingleton<ICaptureAnnouncer, RecordingAnnouncer>();
            if (enricher is not null) services.AddSingleton(enricher);
        }, builder => { if (inMemory) builder.WebHost.UseTestServer(); });
        await app.StartAsync();
        var client = inMemory ? app.GetTestClient() : new HttpClient { BaseAddress = ApiHost.Url(app) };
        return new ApiTestHost(app, store, options, client);
    }

    /// <summary>Reads a capture into the store and records it in the catalog, as a worker does.</summary>
    public static void Ingest(IFlowStore store, string path)
    {
        var received = CaptureInPlace.Received(path, "test");
        store.UpsertCapture(new CaptureRecord(received.CaptureId, received.Sha256, [received.Name], received.Size, received.Source, CaptureStatus.Queued,
            0, 0, 0, [], null, "2026-11-23T00:00:00Z", null, null));
        new CaptureIndexer(store).Index(received);
    }

    /// <summary>The API's answer and the store's own, compared as JSON.</summary>
    public static void AssertSameJson(object expected, JsonNode? actual) =>
        Assert.True(JsonNode.DeepEquals(JsonSerializer.SerializeToNode(expected, ApiJson.Options), actual),
            $"expected {JsonSerializer.Serialize(expected, ApiJson.Options)}\nactual   {actual?.ToJsonString()}");

    public async Task<JsonNode?> GetJsonAsync(string path)
    {
        using var response = await Client.GetAsync(path);
        string text = await response.Content.ReadAsStringAsync();
        Assert.True(response.IsSuccessStatusCode, $"{path}: {(int)response.StatusCode} {text}");
        return JsonNode.Parse(text);
    }

    public static async Task<JsonObject> ProblemAsync(HttpResponseMessage response)
    {
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        return (await response.Content.ReadFromJsonAsync<JsonObject>())!;
    }

    public async ValueTask DisposeAsync()
    {
        Client.Dispose();
        await _app.StopAsync();
        await _app.DisposeAsync();
        Store.Dispose();
        try { Directory.Delete(Options.DataDirectory, recursive: true); } catch (IOException) { }
    }
}
