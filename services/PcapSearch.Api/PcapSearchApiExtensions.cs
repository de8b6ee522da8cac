using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.FileProviders;
using PcapSearch.Api.Endpoints;
using PcapSearch.Api.Hosting;
using PcapSearch.Api.Problems;
using PcapSearch.Api.SavedObjects;
using PcapSearch.Api.Security;
using PcapSearch.Api.Telemetry;
using PcapSearch.Store;
using Prometheus;
using Serilog;

namespace PcapSearch.Api;

/// <summary>
/// The API as three calls a host makes: <see cref="AddPcapSearchApi"/> (services), <see cref="UsePcapSearchApi"/>
/// (the request pipeline: logging, problem details, CORS, authentication, metrics, the UI's files) and
/// <see cref="MapPcapSearchApi"/> (the endpoints). The host registers the <see cref="IFlowStore"/>, where it
/// takes uploads the <see cref="Ingest.ICaptureIntake"/>, and where it enriches the <see cref="Enrichment.FlowEnricher"/>.
/// </summary>
public static class PcapSearchApiExtensions
{
    private const string CorsPolicy = "configured-origins";

    public static IServiceCollection AddPcapSearchApi(this IServiceCollection services, ApiOptions options)
    {
        services.AddSingleton(options);
        services.TryAddSingleton(TimeProvider.System);
        services.AddSingleton(new ApiKeyStore(options.ApiKeysFile));
        services.AddSingleton(provider => new SavedObjectStore(options.SavedObjectsFile, provider.GetRequiredService<TimeProvider>()));
        services.AddSingleton<ApiMetrics>();
        services.ConfigureHttpJsonOptions(json => ApiJson.Configure(json.SerializerOptions));
        services.AddProblemDetails();
        services.AddExceptionHandler<ApiExceptionHandler>();
        services.AddOpenApi(openApi => openApi.AddDocumentTransformer((document, _, _) =>
        {
            document.Info.Title = "PcapSearch API";
            document.Info.Description = "Search the flows of packet captures with KQL; facets, histograms, graph, hosts, captures, saved objects.";
            return Task.CompletedTask;
        }));
        services.AddCors(cors => cors.AddPolicy(CorsPolicy, policy =>
        {
            // No origins: no CORS headers at all, so browsers keep other sites' pages out.
            if (options.AllowedOrigins.Count > 0) policy.WithOrigins([.. options.AllowedOrigins]).AllowAnyHeader().AllowAnyMethod();
        }));
        services.AddSerilog((_, logger) => logger
            .MinimumLevel.Is(options.LogLevel)
            .MinimumLevel.Override("Microsoft.AspNetCore", Serilog.Events.LogEventLevel.Warning)
            .Enrich.FromLogContext()
            .WriteTo.Console(formatProvider: System.Globalization.CultureInfo.InvariantCulture));
        return services;
    }

    public static WebApplication UsePcapSearchApi(this WebApplication app)
    {
        var options = app.Services.GetRequiredService<ApiOptions>();
        app.UseSerilogRequestLogging();
        app.UseExceptionHandler();
        app.UseStatusCodePages();
        app.UseRouting();
        app.UseCors(CorsPolicy);
        app.UseMiddleware<ApiKeyAuthentication>();
        app.UseHttpMetrics(metrics => metrics.SetMetricFactory(app.Services.GetRequiredService<ApiMetrics>().Factory));
        if (UiFiles.Find(options.UiDirectory) is { } ui)
        {
            var files = new PhysicalFileProvider(ui);
            app.UseDefaultFiles(new DefaultFilesOptions { FileProvider = files });
            app.UseStaticFiles(new StaticFileOptions { FileProvider = files });
        }
        return app;
    }

    public static WebApplication MapPcapSearchApi(this WebApplication app)
    {
        var options = app.Services.GetRequiredService<ApiOptions>();
        var api = app.MapGroup("/api").WithTags("PcapSearch");
        FlowEndpoints.Map(api);
        HostEndpoints.Map(api);
        CaptureEndpoints.Map(api);
        SavedObjectEndpoints.Map(api);
        EnrichmentEndpoints.Map(api);
        app.MapGet("/healthz", Health).WithName("health").WithSummary("Whether the API answers and its store reads.");
        app.MapMetrics("/metrics", app.Services.GetRequiredService<ApiMetrics>().Registry);
        app.MapOpenApi();
        if (UiFiles.Find(options.UiDirectory) is { } ui)
        {
            // The UI's own routes (/search, /dashboards/7) load its index page; an unknown API path stays a 404 problem.
            app.MapFallbackToFile("index.html", new StaticFileOptions { FileProvider = new PhysicalFileProvider(ui) });
            app.MapFallback("/api/{**path}", () => TypedResults.Problem(statusCode: StatusCodes.Status404NotFound, title: "No such endpoint")).ExcludeFromDescription();
        }
        else
        {
            app.MapGet("/", () => Results.Content(UiFiles.NoUiPage, "text/html; charset=utf-8")).ExcludeFromDescription();
        }
        return app;
    }

    private static IResult Health(IFlowStore store)
    {
        try
        {
            return TypedResults.Ok(new { status = "ok", captures = store.Captures().Count });
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            return TypedResults.Problem(statusCode: StatusCodes.Status503ServiceUnavailable, title: "The store does not answer", detail: e.Message);
        }
    }
}
