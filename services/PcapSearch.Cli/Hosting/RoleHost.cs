using System.CommandLine;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using PcapSearch.Bus;

namespace PcapSearch.Cli.Hosting;

/// <summary>What the roles without an API (worker, watch) share: the broker they need, and a generic host with one log line per event.</summary>
public static class RoleHost
{
    public static Option<string?> BrokerOption() => new("--rabbitmq")
    {
        Description = $"RabbitMQ broker, amqp://user:password@host:port/vhost (default: ${BusOptions.RabbitMqUrlVariable}).",
        DefaultValueFactory = _ => BusOptions.FromEnvironment().RabbitMqUrl,
    };

    /// <summary>False, after saying how to name one, when no broker is named: these roles talk to other processes only through it.</summary>
    public static bool HasBroker(string verb, string? rabbitMq)
    {
        if (rabbitMq is { Length: > 0 }) return true;
        Console.Error.WriteLine($"pcapsearch {verb}: name the broker with --rabbitmq URL or ${BusOptions.RabbitMqUrlVariable}");
        return false;
    }

    /// <summary>No appsettings or environment defaults: the roles take their settings from flags and PCAPSEARCH_* only.</summary>
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
