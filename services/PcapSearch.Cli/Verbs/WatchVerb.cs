using System.CommandLine;
using MassTransit;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using PcapSearch.Bus;
using PcapSearch.Cli.Hosting;
using PcapSearch.Ingest;
using PcapSearch.Ingest.S3;
using PcapSearch.Store;

namespace PcapSearch.Cli.Verbs;

/// <summary>
/// `pcapsearch watch`: the scale-out intake role. Takes complete captures from a folder (and from the bucket
/// <c>PCAPSEARCH_S3_*</c> names), stores them, records them in the catalog and announces them on RabbitMQ for the
/// workers, until SIGINT or SIGTERM. The workers must read the same capture storage (a shared --data volume).
/// </summary>
public static class WatchVerb
{
    public static Command Create()
    {
        var data = DataDirectory.Option();
        var watch = new Option<DirectoryInfo?>("--watch") { Description = "The folder to take captures from (default: $PCAPSEARCH_WATCH, else DATA/watch)." };
        var rabbitMq = RoleHost.BrokerOption();
        var command = new Command("watch", "Take captures from a folder (and an S3 bucket) and announce them to the workers on RabbitMQ, until stopped.") { data, watch, rabbitMq };
        command.SetAction(parse => Run(parse.GetValue(data)!, parse.GetValue(watch), parse.GetValue(rabbitMq)));
        return command;
    }

    private static int Run(DirectoryInfo data, DirectoryInfo? watch, string? rabbitMq)
    {
        if (!RoleHost.HasBroker("watch", rabbitMq)) return ExitCodes.Refused;
        watch ??= DataDirectory.WatchOf(data);
        watch.Create();

        var builder = RoleHost.CreateBuilder();
        builder.Services.AddSingleton<IFlowStore>(_ => DataDirectory.OpenStore(data));
        builder.Services.AddCaptureIntake(new IntakeOptions { DataDirectory = data.FullName, WatchDirectory = watch.FullName, S3 = S3WatchOptions.FromEnvironment() });
        builder.Services.AddCaptureBus(new BusOptions { RabbitMqUrl = rabbitMq, Consume = false });
        builder.Services.Configure<MassTransitHostOptions>(host => host.WaitUntilStarted = true);
        using var host = builder.Build();
        host.Services.GetRequiredService<IHostApplicationLifetime>().ApplicationStarted.Register(() =>
            Console.Out.WriteLine($"pcapsearch watch: taking captures from {watch.FullName} into {data.FullName}"));
        host.Run();
        return ExitCodes.Ok;
    }
}
