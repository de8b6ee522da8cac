using System.Buffers;
using System.Text.Json;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Routing;
using PcapSearch.Store;
using PcapSearch.Store.Catalog;

namespace PcapSearch.Api.Endpoints;

/// <summary>Reads over the flow documents: search, facets, histogram, graph, field statistics, one flow, export.</summary>
public static class FlowEndpoints
{
    public static void Map(RouteGroupBuilder api)
    {
        api.MapGet("/search", Search).WithName("search")
            .WithSummary("One page of flows matching a KQL query, in the chosen order; pass nextCursor as after for the next page.");
        api.MapGet("/facets", Facets).WithName("facets")
            .WithSummary("The topN most frequent values of each field among the matching flows, with other and missing counts.");
        api.MapGet("/histogram", Histogram).WithName("histogram")
            .WithSummary("Matching flows per time bucket over @timestamp, optionally split by a field's top values.");
        api.MapGet("/graph", Graph).WithName("graph")
            .WithSummary("Who talked to whom: weighted source-to-destination edges among the matching flows.");
        api.MapGet("/fields", Fields).WithName("fields")
            .WithSummary("Every field of the flow document: name, type, whether it holds several values.");
        api.MapGet("/fields/statistics", FieldStatistics).WithName("fieldStatistics")
            .WithSummary("Presence, distinct count and range of each field among the matching flows.");
        api.MapGet("/flows/{id}", Flow).WithName("flow")
            .WithSummary("One flow document by its event.id.");
        api.MapGet("/export", Export).WithName("export")
            .WithSummary("Every matching flow as NDJSON, one document per line, streamed.")
            .Produces(StatusCodes.Status200OK, contentType: NdjsonContentType);
    }

    private const string NdjsonContentType = "application/x-ndjson";

    private static Ok<FlowHits> Search([AsParameters] FlowFilterParameters filter, [AsParameters] PageParameters page, [FromServices] IFlowStore store) =>
        TypedResults.Ok(store.Search(page.Apply(filter.ToQuery())));

    /// <param name="fields">The fields to count (repeated or comma-separated).</param>
    /// <param name="topN">How many values per field, 1 to 10000 (default 10).</param>
    private static Ok<FlowFacets> Facets([AsParameters] FlowFilterParameters filter, [FromQuery] string[] fields, [FromQuery] int? topN, [FromQuery] string? weight, [FromServices] IFlowStore store)
    {
        var names = QueryList.Split(fields) ?? throw new BadHttpRequestException("fields names at least one field to count.");
        return TypedResults.Ok(store.Facets(filter.ToQuery(), names, topN ?? 10, weight));
    }

    /// <param name="interval">Bucket width (30s, 5m, 1h, 1d); default: about 50 to 100 buckets over the range.</param>
    /// <param name="split">Split each bucket by this field's top values.</param>
    /// <param name="splitTop">How many values of the split field get their own series (default 5).</param>
    private static Ok<FlowHistogram> Histogram([AsParameters] FlowFilterParameters filter, [FromQuery] string? interval, [FromQuery] string? split, [FromQuery] int? splitTop, [FromServices] IFlowStore store)
    {
        var request = new HistogramRequest { Interval = NullIfEmpty(interval), SplitField = NullIfEmpty(split) };
        if (splitTop is { } top) request = request with { SplitTop = top };
        return TypedResults.Ok(store.Histogram(filter.ToQuery(), request));
    }

    /// <param name="node">ip, mac or ip-port (default ip).</param>
    /// <param name="weight">flows, bytes or packets (default bytes).</param>
    /// <param name="top">The most edges the answer holds, 1 to 10000 (default 500).</param>
    /// <param name="expand">Only the neighbourhood of these nodes (repeated or comma-separated).</param>
    /// <param name="hops">How many steps the neighbourhood takes, 1 to 3 (default 1).</param>
    private static Ok<FlowGraph> Graph([AsParameters] FlowFilterParameters filter, [FromQuery] string? node, [FromQuery] string? weight,
        [FromQuery] int? top, [FromQuery] string[]? expand, [FromQuery] int? hops, [FromServices] IFlowStore store)
    {
        var request = new GraphRequest
        {
            Node = QueryList.Word("node", node, GraphNodeKind.Ip),
            Weight = QueryList.Word("weight", weight, GraphWeight.Bytes),
            Expand = QueryList.Split(expand),
        };
        if (top is { } t) request = request with { Top = t };
        if (hops is { } h) request = request with { Hops = h };
        return TypedResults.Ok(store.Graph(filter.ToQuery(), request));
    }

    public sealed record FieldDescription(string Name, FieldType Type, bool Multi);

    private static Ok<IEnumerable<FieldDescription>> Fields() =>
        TypedResults.Ok(FlowCatalog.Flows.Fields.Select(f => new FieldDescription(f.Name, f.Type, f.Multi)));

    /// <param name="fields">The fields to describe (repeated or comma-separated); default: every field.</param>
    private static Ok<FlowFieldStatistics> FieldStatistics([AsParameters] FlowFilterParameters filter, [FromQuery] string[]? fields, [FromServices] IFlowStore store) =>
        TypedResults.Ok(store.FieldStatistics(filter.ToQuery(), QueryList.Split(fields) ?? [.. FlowCatalog.Flows.Fields.Select(f => f.Name)]));

    private static Results<Ok<FlowHit>, ProblemHttpResult> Flow(string id, [FromServices] IFlowStore store)
    {
        var hits = store.Search(new FlowQuery { Kql = "event.id:" + QuotedKql(id), Limit = 1 });
        return hits.Hits.Count == 1
            ? TypedResults.Ok(hits.Hits[0])
            : TypedResults.Problem(statusCode: StatusCodes.Status404NotFound, title: "No such flow", detail: $"No flow has event.id '{id}'.");
    }

    /// <summary>Pages through the store (the limit is the page size) and writes each document as one line as it comes.</summary>
    private static async Task Export([AsParameters] FlowFilterParameters filter, [AsParameters] PageParameters page, [FromServices] IFlowStore store, HttpContext context)
    {
        var query = page.Apply(filter.ToQuery());
        if (page.Limit is null) query = query with { Limit = 1000 };
        var buffer = new ArrayBufferWriter<byte>(1 << 16);
        using var json = new Utf8JsonWriter(buffer);
        var cancel = context.RequestAborted;
        context.Response.ContentType = NdjsonContentType; // a refusal before the first line still becomes a problem: the exception handler clears unsent headers
        foreach (var hit in store.Export(query))
        {
            WriteDocument(json, hit);
            json.Reset();
            buffer.Write("\n"u8);
            if (buffer.WrittenCount >= 1 << 15) await Flush(context, buffer, cancel);
        }
        await Flush(context, buffer, cancel);
    }

    /// <summary>The document's fields, <c>event.id</c> first even when the chosen fields leave it out.</summary>
    private static void WriteDocument(Utf8JsonWriter json, FlowHit hit)
    {
        json.WriteStartObject();
        json.WriteString("event.id", hit.Id);
        foreach (var (name, value) in hit.Fields)
        {
            if (name == "event.id") continue;
            json.WritePropertyName(name);
            JsonSerializer.Serialize(json, value, ApiJson.Options);
        }
        json.WriteEndObject();
        json.Flush();
    }

    private static async Task Flush(HttpContext context, ArrayBufferWriter<byte> buffer, CancellationToken cancel)
    {
        await context.Response.Body.WriteAsync(buffer.WrittenMemory, cancel);
        buffer.ResetWrittenCount();
    }

    private static string? NullIfEmpty(string? value) => string.IsNullOrEmpty(value) ? null : value;

    private static string QuotedKql(string value) => "\"" + value.Replace("\\", "\\\\", StringComparison.Ordinal).Replace("\"", "\\\"", StringComparison.Ordinal) + "\"";
}
