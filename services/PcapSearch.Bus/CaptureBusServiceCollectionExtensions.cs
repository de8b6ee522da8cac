using MassTransit;
using Microsoft.Extensions.DependencyInjection;
using PcapSearch.Bus.Consumers;
using PcapSearch.Ingest;

namespace PcapSearch.Bus;

public static class CaptureBusServiceCollectionExtensions
{
    /// <summary>
    /// The capture bus: an <see cref="ICaptureAnnouncer"/>, and with <see cref="BusOptions.Consume"/> the indexing
    /// consumer (the host registers the <see cref="ICaptureIndexer"/> and <see cref="Store.IFlowStore"/> it uses).
    /// In-memory transport unless <see cref="BusOptions.RabbitMqUrl"/> names a broker.
    /// </summary>
    public static IServiceCollection AddCaptureBus(this IServiceCollection services, BusOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        services.AddSingleton(options);
        services.AddSingleton<ICaptureAnnouncer, BusCaptureAnnouncer>();
        services.AddMassTransit(bus =>
        {
            if (options.Consume) bus.AddConsumer<CaptureReceivedConsumer, CaptureReceivedConsumerDefinition>();
            if (options.RabbitMqUrl is { } url)
            {
                bus.UsingRabbitMq((context, rabbit) =>
                {
                    RabbitMqAddress.Configure(rabbit, url);
                    rabbit.ConfigureEndpoints(context);
                });
            }
            else
            {
                bus.UsingInMemory((context, memory) => memory.ConfigureEndpoints(context));
            }
        });
        return services;
    }
}
