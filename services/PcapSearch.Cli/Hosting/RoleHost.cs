using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace PcapSearch.Cli.Hosting;

/// <summary>The generic host of the roles without an API (worker, watch): no appsettings or environment defaults, one log line per event.</summary>
public static class RoleHost
{
    public static HostApplicationBuilder CreateBuilder()
    {
        var builder = Host.CreateApplicationBuilder(new HostApplicationBuilderSettings { DisableDefaults = true });
        builder.Logging.AddSimpleConsole(console =>
        {
            console.SingleLine = true;
            console.TimestampFormat = "HH:mm:ss.fff ";
        });
        return builder;
    }
}
