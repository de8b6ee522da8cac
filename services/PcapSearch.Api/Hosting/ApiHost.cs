using System.Net;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.DependencyInjection;

namespace PcapSearch.Api.Hosting;

/// <summary>
/// Builds the web application every role that serves the API uses (<c>serve</c>, <c>api</c>, the tests): Kestrel on
/// <see cref="ApiOptions.Bind"/>:<see cref="ApiOptions.Port"/>, the API's services, pipeline and endpoints, plus what
/// the role adds (its store, intake, bus, watchers).
/// </summary>
public static class ApiHost
{
    /// <param name="addRoles">Registers the role's services: at least the <see cref="Store.IFlowStore"/>, which is opened here.</param>
    /// <param name="configure">Last say over the builder (tests swap the server for an in-memory one).</param>
    public static WebApplication Build(ApiOptions options, Action<IServiceCollection> addRoles, Action<WebApplicationBuilder>? configure = null)
    {
        var builder = WebApplication.CreateSlimBuilder(new WebApplicationOptions
        {
            ApplicationName = "PcapSearch",
            ContentRootPath = AppContext.BaseDirectory,
            Args = [],
        });
        builder.WebHost.ConfigureKestrel(kestrel =>
        {
            kestrel.AddServerHeader = false;
            if (IPAddress.TryParse(options.Bind, out var address)) kestrel.Listen(address, options.Port);
            else if (string.Equals(options.Bind, "localhost", StringComparison.OrdinalIgnoreCase)) kestrel.ListenLocalhost(options.Port);
            else kestrel.ListenAnyIP(options.Port);
        });
        builder.Services.AddPcapSearchApi(options);
        addRoles(builder.Services);
        configure?.Invoke(builder);
        var app = builder.Build();
        app.Services.GetRequiredService<Store.IFlowStore>(); // opened now, so a store that cannot open fails the start, not the first request
        app.UsePcapSearchApi();
        app.MapPcapSearchApi();
        return app;
    }

    /// <summary>The URL a started application answers on (with the real port when <see cref="ApiOptions.Port"/> was 0).</summary>
    public static Uri Url(WebApplication app)
    {
        string address = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        return new Uri(address.Replace("://[::]", "://localhost", StringComparison.Ordinal).Replace("://0.0.0.0", "://localhost", StringComparison.Ordinal) + "/");
    }
}
