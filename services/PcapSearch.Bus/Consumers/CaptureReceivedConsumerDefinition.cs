using MassTransit;

namespace PcapSearch.Bus.Consumers;

/// <summary>The workers' queue, their concurrency and prefetch, and the retry policy: exponential backoff for transient failures, none for a rejected capture.</summary>
public sealed class CaptureReceivedConsumerDefinition : ConsumerDefinition<CaptureReceivedConsumer>
{
    private readonly BusOptions _options;

    public CaptureReceivedConsumerDefinition(BusOptions options)
    {
        _options = options;
        EndpointName = options.QueueName;
        ConcurrentMessageLimit = options.ConcurrentMessageLimit;
    }

    protected override void ConfigureConsumer(IReceiveEndpointConfigurator endpoint, IConsumerConfigurator<CaptureReceivedConsumer> consumer, IRegistrationContext context)
    {
        endpoint.PrefetchCount = _options.PrefetchCount ?? _options.ConcurrentMessageLimit;
        endpoint.UseMessageRetry(retry =>
        {
            retry.Exponential(_options.RetryLimit, _options.RetryMinInterval, _options.RetryMaxInterval, _options.RetryDelta);
            retry.Ignore<CaptureRejectedException>();
            retry.Ignore<OperationCanceledException>();
        });
    }
}
