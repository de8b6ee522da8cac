namespace PcapSearch.Store.Elasticsearch;

/// <summary>When a bulk write's documents become visible to searches (the <c>refresh</c> parameter of <c>_bulk</c>).</summary>
public enum BulkRefresh
{
    /// <summary>At the index's next periodic refresh (fastest ingestion).</summary>
    None,
    /// <summary><c>wait_for</c>: the write returns once a refresh has made it searchable (the default: a write is then visible like the embedded store's).</summary>
    WaitFor,
    /// <summary><c>true</c>: refresh the shards at once (tests; costly under load).</summary>
    Immediate,
}

/// <summary>How to reach the cluster and how to write to it: one options object (STYLE, section 6).</summary>
public sealed record ElasticsearchOptions
{
    /// <summary>The cluster's base address, <c>http(s)://host:9200</c>; user information in it (<c>https://user:pass@host</c>) is basic auth.</summary>
    public required Uri Url { get; init; }

    /// <summary>Names the indices: <c>{prefix}-flows-yyyy.MM</c> (one per month of <c>@timestamp</c>) and <c>{prefix}-captures</c>.</summary>
    public string IndexPrefix { get; init; } = "pcapsearch";

    /// <summary>An API key as Elasticsearch encodes it (base64 of <c>id:key</c>), sent as <c>Authorization: ApiKey …</c>.</summary>
    public string? ApiKey { get; init; }

    public string? Username { get; init; }

    public string? Password { get; init; }

    /// <summary>A PEM file with the CA that signed the cluster's certificate (Elasticsearch 8's self-made http_ca.crt); null trusts the system's roots.</summary>
    public string? CaFile { get; init; }

    /// <summary>The most bytes one <c>_bulk</c> request carries (Elastic's advice: a few MB).</summary>
    public int BulkBytes { get; init; } = 5 * 1024 * 1024;

    /// <summary>Retries of a request answered 429 or 503, and of bulk items rejected with 429, before the write fails.</summary>
    public int MaxRetries { get; init; } = 6;

    /// <summary>The first retry's wait; each further retry waits twice as long (capped at <see cref="MaxRetryDelay"/>).</summary>
    public TimeSpan RetryDelay { get; init; } = TimeSpan.FromMilliseconds(250);

    public TimeSpan MaxRetryDelay { get; init; } = TimeSpan.FromSeconds(30);

    public BulkRefresh Refresh { get; init; } = BulkRefresh.WaitFor;

    /// <summary>How long a point in time stays open between two pages of an export.</summary>
    public TimeSpan PointInTimeKeepAlive { get; init; } = TimeSpan.FromMinutes(2);

    public TimeSpan RequestTimeout { get; init; } = TimeSpan.FromMinutes(2);

    /// <summary>Install the ILM policy and index templates of deploy/elasticsearch on first use.</summary>
    public bool InstallTemplates { get; init; } = true;

    /// <summary>The variable naming the cluster; when it is set, every role stores flows there instead of in the data directory.</summary>
    public const string UrlVariable = "PCAPSEARCH_ELASTICSEARCH_URL";

    /// <summary>
    /// The cluster <see cref="UrlVariable"/> names (user and password may ride in the URL), with
    /// <c>PCAPSEARCH_ELASTICSEARCH_API_KEY</c>, <c>_CA_FILE</c> and <c>_INDEX_PREFIX</c>; null when it is not set.
    /// </summary>
    public static ElasticsearchOptions? FromEnvironment()
    {
        static string? Read(string name) => Environment.GetEnvironmentVariable(name) is { Length: > 0 } value ? value : null;
        if (Read(UrlVariable) is not { } url) return null;
        return new ElasticsearchOptions
        {
            Url = new Uri(url),
            IndexPrefix = Read("PCAPSEARCH_ELASTICSEARCH_INDEX_PREFIX") ?? "pcapsearch",
            ApiKey = Read("PCAPSEARCH_ELASTICSEARCH_API_KEY"),
            CaFile = Read("PCAPSEARCH_ELASTICSEARCH_CA_FILE"),
        };
    }

    public const int MinBulkBytes = 64 * 1024;

    internal void Validate()
    {
        if (!Url.IsAbsoluteUri || Url.Scheme is not ("http" or "https"))
        {
            throw new ArgumentException($"The Elasticsearch address must be an http or https URL, not '{Url}'.", nameof(Url));
        }
        if (IndexPrefix.Length == 0 || IndexPrefix != IndexPrefix.ToLowerInvariant() || IndexPrefix.IndexOfAny(['*', ',', '/', '\\', ' ', '"', '<', '>', '|', '?', '#', ':']) >= 0 || IndexPrefix[0] is '-' or '_' or '+')
        {
            throw new ArgumentException($"'{IndexPrefix}' cannot start an index name (lower case, no spaces or *,/\\\"<>|?#:, not starting with -, _ or +).", nameof(IndexPrefix));
        }
        if (ApiKey is not null && (Username is not null || Url.UserInfo.Length > 0))
        {
            throw new ArgumentException("Give either an API key or a user name and password, not both.", nameof(ApiKey));
        }
        if (BulkBytes < MinBulkBytes) throw new ArgumentOutOfRangeException(nameof(BulkBytes), BulkBytes, $"BulkBytes must be at least {MinBulkBytes}.");
        if (MaxRetries is < 0 or > 20) throw new ArgumentOutOfRangeException(nameof(MaxRetries), MaxRetries, "MaxRetries must be between 0 and 20.");
        if (CaFile is not null && !File.Exists(CaFile)) throw new FileNotFoundException($"The CA file '{CaFile}' does not exist.", CaFile);
    }
}
