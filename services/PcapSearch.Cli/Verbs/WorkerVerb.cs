using System.CommandLine;
using MassTransit;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using PcapSearch.Bus;
using PcapSearch.Cli.Hosting;
using PcapSearch.Ingest;
using PcapSearch.Ingest.Indexing;
using PcapSearch.Store;

namespace PcapSearch.Cli.Verbs;

/// <summary>
/// `pcapsearch worker`: the scale-out indexing role. Consumes announced captures from RabbitMQ into the data
/// directory's store until SIGINT or SIGTERM; a capture being indexed then is not acknowledged and goes to
/// another worker. The embedded store takes one writing process: give each worker its own --data.
/// </summary>
public static class WorkerVerb
{
    public static Command Create()
    {
        var data = DataDirectory.Option();
        var rabbitMq = RoleHost.BrokerOption();
        var concurrency = new Option<int>("--concurrency") { Description = "Captures indexed at the same time.", DefaultValueFactory = _ => 1 };
        var prefetch = new Option<int?>("--prefetch") { Description = "Messages taken from the broker ahead of acknowledgement (default: the concurrency)." };
        var batchSize = new Option<int>("--batch-size") { Description = "Flows per store write; each written batch is searchable at once.", DefaultValueFactory = _ => new IndexerOptions().BatchSize };
        var engine = new EngineArguments();
        var enrichment = new EnrichmentArguments();
        var command = new Command("worker", "Index the captures announced on RabbitMQ into the data directory's store, until stopped.") { data, rabbitMq, concurrency, prefetch, batchSize };
        engine.AddTo(command);
        enrichment.AddTo(command);
        command.SetAction(parse =>
        {
            if (!RoleHost.HasBroker("worker", parse.GetValue(rabbitMq))) return ExitCodes.Refused;
            return CaptureReadingAction.Run("worker", parse, engine, enrichment,
                (options, enricher) => Run(parse.GetValue(data)!, parse.GetValue(rabbitMq), parse.GetValue(concurrency), parse.GetValue(prefetch),
                    new IndexerOptions { Engine = options, BatchSize = parse.GetValue(batchSize), Enricher = enricher }));
        });
        return command;
    }

    private static int Run(DirectoryInfo data, string? rabbitMq, int concurrency, int? prefetch, IndexerOptions indexing)
    {
        if (concurrency < 1 || prefetch < 1 || indexing.BatchSize < 1)
        {
            Console.Error.WriteLine("pcapsearch worker: --concurrency, --prefetch and --batch-size must be at least 1");
            return ExitCodes.Refused;
        }

        EnrichmentArguments.Announce("worker", indexing.Enricher);
        var options = new BusOptions { RabbitMqUrl = rabbitMq, ConcurrentMessageLimit = concurrency, PrefetchCount = prefetch };
        var builder = RoleHost.CreateBuilder();
        builder.Services.AddSingleton<IFlowStore>(_ => DataDirectory.OpenStore(data));
        builder.Services.AddSingleton<ICaptureIndexer>(services => new CaptureIndexer(services.GetRequiredService<IFlowStore>(), indexing));
        builder.Services.AddCaptureBus(options);
        builder.Services.Configure<MassTransitHostOptions>(host => host.WaitUntilStarted = true);
        using var host = builder.Build();
        host.Services.GetRequiredService<IHostApplicationLifetime>().ApplicationStarted.Register(() =>
            Console.Out.WriteLine($"pcapsearch worker: consuming {options.QueueName} ({concurrency} at a time) into {data.FullName}"));
        host.Run();
        return ExitCodes.Ok;
    }
}
