using DotNet.Testcontainers.Builders;
using DotNet.Testcontainers.Containers;

namespace PcapSearch.Store.Elasticsearch.Tests;

/// <summary>
/// The Elasticsearch the end-to-end and contract tests run against: the cluster named by
/// <c>PCAPSEARCH_ELASTICSEARCH_URL</c> (with <c>PCAPSEARCH_ELASTICSEARCH_API_KEY</c> and
/// <c>PCAPSEARCH_ELASTICSEARCH_CA_FILE</c> when it needs them), else a container of the official image started
/// through Testcontainers when a Docker engine is reachable, else none, with <see cref="SkipReason"/> saying why.
/// Each <see cref="CreateStore"/> gets its own index prefix, removed when the server is disposed.
/// </summary>
public sealed class ElasticsearchServer : IAsyncLifetime
{
    public const string Image = "docker.elastic.co/elasticsearch/elasticsearch:8.15.0";

    private IContainer? _container;
    private ElasticsearchOptions? _configured;
    private readonly List<string> _prefixes = [];

    public Uri? Url { get; private set; }

    /// <summary>Null when a server is there; otherwise why the tests that need one are skipped.</summary>
    public string? SkipReason { get; private set; }

    public async Task InitializeAsync()
    {
        if (ElasticsearchOptions.FromEnvironment() is { } configured)
        {
            _configured = configured;
            Url = configured.Url;
            return;
        }
        try
        {
            _container = new ContainerBuilder(Image)
                .WithEnvironment("discovery.type", "single-node")
                .WithEnvironment("xpack.security.enabled", "false")
                .WithEnvironment("ES_JAVA_OPTS", "-Xms1g -Xmx1g")
                .WithPortBinding(9200, assignRandomHostPort: true)
                .WithWaitStrategy(Wait.ForUnixContainer().UntilHttpRequestIsSucceeded(r => r.ForPort(9200).ForPath("/_cluster/health?wait_for_status=yellow")))
                .Build();
            await _container.StartAsync();
            Url = new UriBuilder("http", _container.Hostname, _container.GetMappedPublicPort(9200)).Uri;
        }
        catch (Exception e)
        {
            SkipReason = "No Elasticsearch: PCAPSEARCH_ELASTICSEARCH_URL is not set, and Testcontainers could not start " + Image
                         + $" ({e.GetType().Name}: {e.Message.Split('\n')[0]})";
            if (_container is not null) await _container.DisposeAsync();
            _container = null;
        }
    }

    /// <summary>Options for the server, with an index prefix no other store uses.</summary>
    public ElasticsearchOptions Options()
    {
        if (Url is null) throw new InvalidOperationException(SkipReason);
        string prefix = "pcapsearch-test-" + Guid.NewGuid().ToString("N")[..12];
        lock (_prefixes) _prefixes.Add(prefix);
        return Options(Url, prefix);
    }

    private ElasticsearchOptions Options(Uri url, string prefix) =>
        (_configured ?? new ElasticsearchOptions { Url = url }) with { IndexPrefix = prefix, Refresh = BulkRefresh.WaitFor };

    /// <summary>An empty store of its own (skip first: <c>Skip.If(server.SkipReason is not null, server.SkipReason)</c>).</summary>
    public ElasticsearchFlowStore CreateStore() => new(Options());

    public async Task DisposeAsync()
    {
        if (Url is not null && _container is null)
        {
            // A shared cluster: remove what the tests made.
            using var transport = new ElasticsearchTransport(Options(Url, "pcapsearch"));
            foreach (string prefix in _prefixes)
            {
                transport.Send(HttpMethod.Delete, $"/{prefix}-*", accept: 404).Body?.Dispose();
                transport.Send(HttpMethod.Delete, $"/_index_template/{prefix}-*", accept: 404).Body?.Dispose();
                transport.Send(HttpMethod.Delete, $"/_ilm/policy/{prefix}-flows", accept: 404).Body?.Dispose();
            }
        }
        if (_container is not null) await _container.DisposeAsync();
    }
}
