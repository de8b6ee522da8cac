using System.Net;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Routing;
using PcapSearch.Store;

namespace PcapSearch.Api.Endpoints;

/// <summary>Host documents: one per IP address, merged across the captures the query allows.</summary>
public static class HostEndpoints
{
    public static void Map(RouteGroupBuilder api)
    {
        api.MapGet("/hosts", Hosts).WithName("hosts")
            .WithSummary("The hosts of the matching flows, largest first by the chosen order.");
        api.MapGet("/hosts/{ip}", Host).WithName("host")
            .WithSummary("The host document of one IPv4 or IPv6 address.");
    }

    /// <param name="order">bytes, flows, peers or last-seen (default bytes).</param>
    /// <param name="limit">How many hosts (default 100).</param>
    private static Ok<HostList> Hosts([AsParameters] FlowFilterParameters filter, [FromQuery] string? order, [FromQuery] int? limit, [FromServices] IFlowStore store)
    {
        var query = new HostQuery { Flows = filter.ToQuery(), Order = QueryList.Word("order", order, HostOrder.Bytes) };
        if (limit is { } l) query = query with { Limit = l };
        return TypedResults.Ok(store.Hosts(query));
    }

    private static Results<Ok<HostDocument>, ProblemHttpResult> Host(string ip, [AsParameters] FlowFilterParameters filter, [FromServices] IFlowStore store)
    {
        if (!IPAddress.TryParse(ip, out _)) throw new BadHttpRequestException($"'{ip}' is not an IPv4 or IPv6 address.");
        return store.Host(ip, filter.ToQuery()) is { } host
            ? TypedResults.Ok(host)
            : TypedResults.Problem(statusCode: StatusCodes.Status404NotFound, title: "No such host", detail: $"No matching flow has the address {ip}.");
    }
}
