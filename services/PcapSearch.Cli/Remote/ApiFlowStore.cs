using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using PcapSearch.Api;
using PcapSearch.Flows;
using PcapSearch.Flows.Engine;
using PcapSearch.Query;
using PcapSearch.Store;

namespace PcapSearch.Cli.Remote;

/// <summary>
/// The store's reads answered by a running PcapSearch (`--server URL`) through its API, so every query verb
/// works the same on the store it opens and on a server's. A malformed query is refused with the same
/// <see cref="KqlSyntaxException"/> as locally; other refusals become <see cref="FlowQueryException"/> with the
/// server's reason. Writes go through the server's upload and intake, not through this class.
/// </summary>
public sealed class ApiFlowStore : IFlowStore
{
    private static readonly JsonSerializerOptions Json = CreateJson();
    private readonly HttpClient _http;
    private readonly Uri _server;

    /// <param name="apiKey">Sent as a bearer token when the server requires one (PCAPSEARCH_API_KEY).</param>
    public ApiFlowStore(Uri server, string? apiKey)
    {
        _server = server;
        _http = new HttpClient { BaseAddress = new Uri(server.ToString().TrimEnd('/') + "/"), Timeout = TimeSpan.FromMinutes(10) };
        if (!string.IsNullOrEmpty(apiKey)) _http.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", apiKey);
    }

    public FlowHits Search(FlowQuery query) => Get<FlowHits>("api/search", query, Page(query))!;

    public IEnumerable<FlowHit> Export(FlowQuery query)
    {
        using var response = Send(HttpMethod.Get, Path("api/export", query, Page(query)), query, HttpCompletionOption.ResponseHeadersRead);
        using var reader = new StreamReader(response.Content.ReadAsStream(), Encoding.UTF8);
        bool idChosen = query.Fields is null || query.Fields.Contains("event.id");
        while (reader.ReadLine() is { } line)
        {
            if (line.Length == 0) continue;
            var document = JsonSerializer.Deserialize<Dictionary<string, object>>(line, Json)!;
            string id = (string)document["event.id"];
            if (!idChosen) document.Remove("event.id");
            yield return new FlowHit(id, document, "");
        }
    }

    public FlowFacets Facets(FlowQuery query, IReadOnlyList<string> fields, int topN, string? weight = null) =>
        Get<FlowFacets>("api/facets", query, [.. fields.Select(f => ("fields", f)), ("topN", Text(topN)), ("weight", weight)])!;

    public FlowHistogram Histogram(FlowQuery query, HistogramRequest request) =>
        Get<FlowHistogram>("api/histogram", query, [("interval", request.Interval), ("split", request.SplitField), ("splitTop", Text(request.SplitTop))])!;

    public FlowGraph Graph(FlowQuery query, GraphRequest request) =>
        Get<FlowGraph>("api/graph", query,
        [
            ("node", Word(request.Node)), ("weight", Word(request.Weight)), ("top", Text(request.Top)), ("hops", Text(request.Hops)),
            .. (request.Expand ?? []).Select(node => ("expand", (string?)node)),
        ])!;

    public FlowFieldStatistics FieldStatistics(FlowQuery query, IReadOnlyList<string> fields) =>
        Get<FlowFieldStatistics>("api/fields/statistics", query, [.. fields.Select(f => ("fields", (string?)f))])!;

    public HostDocument? Host(string ip, FlowQuery scope) => Get<HostDocument>("api/hosts/" + Uri.EscapeDataString(ip), scope, [], notFoundIsNull: true);

    public HostList Hosts(HostQuery query) =>
        Get<HostList>("api/hosts", query.Flows, [("order", Word(query.Order)), ("limit", Text(query.Limit))])!;

    public CaptureRecord? Capture(string captureId) => Get<CaptureRecord>("api/captures/" + Uri.EscapeDataString(captureId), null, [], notFoundIsNull: true);

    public IReadOnlyList<CaptureRecord> Captures() => Get<List<CaptureRecord>>("api/captures", null, [])!;

    public long DeleteCapture(string captureId)
    {
        using var response = Send(HttpMethod.Delete, "api/captures/" + Uri.EscapeDataString(captureId), null, notFoundIsNull: true);
        return response.StatusCode == HttpStatusCode.NotFound ? 0 : Read<JsonObject>(response)!["flows"]!.GetValue<long>();
    }

    public void UpsertFlows(CaptureSource capture, IReadOnlyList<Flow> flows) =>
        throw new NotSupportedException("A server takes captures through its upload API, not flows.");

    public void UpsertCapture(CaptureRecord capture) =>
        throw new NotSupportedException("A server keeps its own catalog; upload the capture instead.");

    public void Dispose() => _http.Dispose();

    private static (string, string?)[] Page(FlowQuery query) =>
    [
        ("sort", query.SortField), ("direction", query.Direction == SortDirection.Ascending ? "asc" : "desc"),
        ("after", query.After), ("limit", Text(query.Limit)),
        .. (query.Fields ?? []).Select(f => ("fields", (string?)f)),
    ];

    private T? Get<T>(string path, FlowQuery? query, IEnumerable<(string, string?)> parameters, bool notFoundIsNull = false) where T : class
    {
        using var response = Send(HttpMethod.Get, Path(path, query, parameters), query, notFoundIsNull: notFoundIsNull);
        return response.StatusCode == HttpStatusCode.NotFound ? null : Read<T>(response);
    }

    private static string Path(string path, FlowQuery? query, IEnumerable<(string Name, string? Value)> parameters)
    {
        IEnumerable<(string Name, string? Value)> filter = query is null ? [] :
        [
            ("q", query.Kql), ("from", query.From), ("to", query.To),
            .. (query.Captures ?? []).Select(c => ("captures", (string?)c)),
        ];
        var pairs = filter.Concat(parameters).Where(p => !string.IsNullOrEmpty(p.Value)).Select(p => p.Name + "=" + Uri.EscapeDataString(p.Value!));
        return path + "?" + string.Join('&', pairs);
    }

    private HttpResponseMessage Send(HttpMethod method, string path, FlowQuery? query, HttpCompletionOption completion = HttpCompletionOption.ResponseContentRead, bool notFoundIsNull = false)
    {
        HttpResponseMessage response;
        try
        {
            response = _http.Send(new HttpRequestMessage(method, path), completion);
        }
        catch (HttpRequestException e)
        {
            throw new ServerException($"cannot reach {_server}: {e.Message}", e);
        }
        if (response.IsSuccessStatusCode || (notFoundIsNull && response.StatusCode == HttpStatusCode.NotFound)) return response;
        using (response) throw Refusal(response, query);
    }

    /// <summary>A malformed query is parsed again here, which throws the same exception (column, caret) a local store would.</summary>
    private Exception Refusal(HttpResponseMessage response, FlowQuery? query)
    {
        JsonObject? problem = null;
        try
        {
            problem = response.Content.ReadFromJsonAsync<JsonObject>().GetAwaiter().GetResult();
        }
        catch (JsonException)
        {
        }
        string detail = problem?["detail"]?.GetValue<string>() ?? problem?["title"]?.GetValue<string>() ?? response.ReasonPhrase ?? "";
        if (response.StatusCode == HttpStatusCode.BadRequest)
        {
            if (problem?["column"] is not null && query is not null) KqlParser.Parse(query.Kql);
            return new FlowQueryException(detail);
        }
        if (response.StatusCode == HttpStatusCode.Unauthorized) return new ServerException($"{_server} requires an API key: set PCAPSEARCH_API_KEY to one from `pcapsearch apikey create NAME`.");
        return new ServerException($"{_server} answered {(int)response.StatusCode} {response.ReasonPhrase}: {detail}");
    }

    private static T? Read<T>(HttpResponseMessage response) => JsonSerializer.Deserialize<T>(response.Content.ReadAsStream(), Json);

    private static string Text(int value) => value.ToString(System.Globalization.CultureInfo.InvariantCulture);

    private static string Word<T>(T value) where T : struct, Enum => JsonNamingPolicy.KebabCaseLower.ConvertName(value.ToString());

    private static JsonSerializerOptions CreateJson()
    {
        var options = new JsonSerializerOptions(ApiJson.Options);
        options.Converters.Add(new PlainValueConverter());
        return options;
    }
}
