namespace PcapSearch.Bus;

/// <summary>The capture bus: which transport, and how a worker consumes, retries and reports.</summary>
public sealed record BusOptions
{
    /// <summary>The environment variable naming the RabbitMQ broker (amqp://user:password@host:port/vhost).</summary>
    public const string RabbitMqUrlVariable = "PCAPSEARCH_RABBITMQ_URL";

    /// <summary>The broker; null for the in-memory transport (one process, as inside <c>serve</c>).</summary>
    public string? RabbitMqUrl { get; init; }

    /// <summary>Whether this process indexes captures (the worker role), or only announces them (api, watch).</summary>
    public bool Consume { get; init; } = true;

    /// <summary>The work queue every worker shares; faults go to <c>{QueueName}_error</c>.</summary>
    public string QueueName { get; init; } = "capture-indexing";

    /// <summary>Captures one worker process indexes at the same time.</summary>
    public int ConcurrentMessageLimit { get; init; } = 1;

    /// <summary>Messages the broker hands a worker ahead of acknowledgement; null for <see cref="ConcurrentMessageLimit"/>, so that idle workers get the rest.</summary>
    public int? PrefetchCount { get; init; }

    /// <summary>Retries after a transient failure (store or I/O error), with exponential backoff between <see cref="RetryMinInterval"/> and <see cref="RetryMaxInterval"/>. A capture that is not a capture is never retried.</summary>
    public int RetryLimit { get; init; } = 5;

    public TimeSpan RetryMinInterval { get; init; } = TimeSpan.FromSeconds(1);
    public TimeSpan RetryMaxInterval { get; init; } = TimeSpan.FromSeconds(60);
    public TimeSpan RetryDelta { get; init; } = TimeSpan.FromSeconds(2);

    /// <summary>Least time between two <see cref="Ingest.Messages.CaptureProgress"/> messages of one capture.</summary>
    public TimeSpan ProgressInterval { get; init; } = TimeSpan.FromMilliseconds(250);

    /// <summary>The broker from <see cref="RabbitMqUrlVariable"/>, else the in-memory transport.</summary>
    public static BusOptions FromEnvironment() =>
        new() { RabbitMqUrl = Environment.GetEnvironmentVariable(RabbitMqUrlVariable) is { Length: > 0 } url ? url : null };
}
