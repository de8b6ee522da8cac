using System.Net.Http.Headers;
using System.Text;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;

namespace PcapSearch.Api.Security;

/// <summary>
/// Lets a request through only with a valid API key when the host requires it (always when bound to an address
/// other machines can reach): <c>Authorization: Bearer KEY</c>, <c>X-Api-Key: KEY</c>, or HTTP Basic with the
/// key's name and the key (what a browser prompt sends, which also covers EventSource and the UI's files).
/// /healthz stays open for load balancers. CORS preflights are answered before this runs.
/// </summary>
public sealed class ApiKeyAuthentication(RequestDelegate next, ApiOptions options, ApiKeyStore keys, IProblemDetailsService problems)
{
    public const string HeaderName = "X-Api-Key";

    public async Task InvokeAsync(HttpContext context)
    {
        if (!options.AuthenticationRequired || context.Request.Path.StartsWithSegments("/healthz") || Authenticate(context.Request) is { })
        {
            await next(context);
            return;
        }
        context.Response.StatusCode = StatusCodes.Status401Unauthorized;
        context.Response.Headers.WWWAuthenticate = "Basic realm=\"PcapSearch\", Bearer";
        await problems.WriteAsync(new ProblemDetailsContext
        {
            HttpContext = context,
            ProblemDetails = new ProblemDetails
            {
                Status = StatusCodes.Status401Unauthorized,
                Title = "An API key is required",
                Detail = "This server listens on an address other machines can reach: send a key from `pcapsearch apikey create NAME` as 'Authorization: Bearer KEY' or 'X-Api-Key: KEY'.",
            },
        });
    }

    /// <summary>The key's name, or null.</summary>
    private string? Authenticate(HttpRequest request)
    {
        if (request.Headers[HeaderName] is [{ } headerKey]) return keys.Verify(headerKey);
        if (!AuthenticationHeaderValue.TryParse(request.Headers.Authorization, out var authorization) || authorization.Parameter is null) return null;
        if (authorization.Scheme.Equals("Bearer", StringComparison.OrdinalIgnoreCase)) return keys.Verify(authorization.Parameter);
        if (!authorization.Scheme.Equals("Basic", StringComparison.OrdinalIgnoreCase)) return null;
        string credentials;
        try
        {
            credentials = Encoding.UTF8.GetString(Convert.FromBase64String(authorization.Parameter));
        }
        catch (FormatException)
        {
            return null;
        }
        int colon = credentials.IndexOf(':');
        if (colon < 0) return null;
        string? name = keys.Verify(credentials[(colon + 1)..]);
        return name == credentials[..colon] ? name : null;
    }
}
