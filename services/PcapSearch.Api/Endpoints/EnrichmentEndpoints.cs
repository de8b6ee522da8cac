using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using PcapSearch.Enrichment;

namespace PcapSearch.Api.Endpoints;

/// <summary>Which data the enrichment of newly indexed captures reads, so that the UI names it and its licences where its fields show.</summary>
public static class EnrichmentEndpoints
{
    public static void Map(RouteGroupBuilder api)
    {
        api.MapGet("/enrichment", Sources).WithName("enrichment")
            .WithSummary("The GeoIP, ASN and MAC vendor files the enrichment reads, each with the licence files beside it (none when the host enriches nothing).");
    }

    private static Ok<IReadOnlyList<EnrichmentFile>> Sources(HttpContext context)
    {
        var enricher = context.RequestServices.GetService<FlowEnricher>() ?? FlowEnricher.None;
        return TypedResults.Ok<IReadOnlyList<EnrichmentFile>>([.. enricher.Sources().Select(s => new EnrichmentFile(s.Kind, Path.GetFileName(s.Path), s.Licences))]);
    }
}

/// <summary>One data file: its kind (geoip, asn, mac-vendors), its name (not the server's path) and the licence files beside it.</summary>
public sealed record EnrichmentFile(string Kind, string File, IReadOnlyList<string> Licences);
