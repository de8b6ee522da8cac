using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using PcapSearch.Api.Telemetry;
using PcapSearch.Api.Uploads;
using PcapSearch.Ingest;
using PcapSearch.Store;

namespace PcapSearch.Api.Endpoints;

/// <summary>The capture catalog: list, one record, upload (streaming multipart into the intake), delete, progress as server-sent events.</summary>
public static class CaptureEndpoints
{
    public static void Map(RouteGroupBuilder api)
    {
        api.MapGet("/captures", List).WithName("captures")
            .WithSummary("Every capture in the catalog, the most recently received first.");
        api.MapGet("/captures/{id}", One).WithName("capture")
            .WithSummary("One capture's catalog record: status, progress, counts, warnings with byte offsets.");
        api.MapPost("/captures", Upload).WithName("uploadCaptures")
            .WithSummary("Upload captures as multipart/form-data file parts; each is stored, recorded as queued and announced to the workers.")
            .Accepts<IFormFile>("multipart/form-data")
            .DisableAntiforgery();
        api.MapDelete("/captures/{id}", Delete).WithName("deleteCapture")
            .WithSummary("Remove a capture's flows, host documents and catalog record.");
        api.MapGet("/captures/{id}/progress", CaptureProgressStream.Stream).WithName("captureProgress")
            .WithSummary("The capture's catalog record as server-sent events while it is ingested; ends with a done or failed event.");
    }

    private static Ok<IReadOnlyList<CaptureRecord>> List([FromServices] IFlowStore store) => TypedResults.Ok(store.Captures());

    private static Results<Ok<CaptureRecord>, ProblemHttpResult> One(string id, [FromServices] IFlowStore store) =>
        store.Capture(id) is { } record ? TypedResults.Ok(record) : NoSuchCapture(id);

    public sealed record DeletedCapture(string Id, long Flows);

    private static Results<Ok<DeletedCapture>, ProblemHttpResult> Delete(string id, [FromServices] IFlowStore store)
    {
        bool recorded = store.Capture(id) is not null;
        long flows = store.DeleteCapture(id);
        return recorded || flows > 0 ? TypedResults.Ok(new DeletedCapture(id, flows)) : NoSuchCapture(id);
    }

    /// <summary>The intake is resolved per request: a role without one (no capture storage configured) answers 503 instead of failing to start.</summary>
    private static async Task<Results<Accepted<IReadOnlyList<CaptureRecord>>, ProblemHttpResult>> Upload(
        HttpRequest request, [FromServices] IServiceProvider services, [FromServices] ApiOptions options, [FromServices] ApiMetrics metrics, CancellationToken cancellation)
    {
        if (services.GetService<ICaptureIntake>() is not { } intake)
        {
            return TypedResults.Problem(statusCode: StatusCodes.Status503ServiceUnavailable, title: "No capture intake",
                detail: "This role has no capture intake configured, so it cannot take uploads.");
        }
        try
        {
            var records = await CaptureUpload.ReceiveAsync(request, intake, options.MaxUploadBytes, cancellation);
            metrics.Uploads.Inc(records.Count);
            metrics.UploadedBytes.Inc(records.Sum(r => r.Size));
            return TypedResults.Accepted($"{request.PathBase}/api/captures/{Uri.EscapeDataString(records[0].Id)}", records);
        }
        catch (Exception e) when (Problems.ApiExceptionHandler.Describe(e) is { Status: { } status })
        {
            metrics.UploadRefusals.WithLabels(status.ToString(System.Globalization.CultureInfo.InvariantCulture)).Inc();
            throw;
        }
    }

    public static ProblemHttpResult NoSuchCapture(string id) =>
        TypedResults.Problem(statusCode: StatusCodes.Status404NotFound, title: "No such capture", detail: $"The catalog has no capture '{id}'.");
}
