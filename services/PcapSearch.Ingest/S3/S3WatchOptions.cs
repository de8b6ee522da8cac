namespace PcapSearch.Ingest.S3;

/// <summary>
/// The bucket the <see cref="S3BucketWatcher"/> takes captures from: AWS S3 or any S3-compatible server
/// (MinIO, s3rver). From the environment: <c>PCAPSEARCH_S3_BUCKET</c> (required), <c>_ENDPOINT</c>,
/// <c>_PREFIX</c>, <c>_REGION</c>, <c>_ACCESS_KEY</c>, <c>_SECRET_KEY</c>, <c>_POLL_SECONDS</c>.
/// </summary>
public sealed record S3WatchOptions
{
    public required string Bucket { get; init; }

    /// <summary>Only keys under this prefix are taken; empty for the whole bucket.</summary>
    public string Prefix { get; init; } = "";

    /// <summary>The server's URL (e.g. <c>http://127.0.0.1:9000</c> for MinIO); null for AWS S3 in <see cref="Region"/>.</summary>
    public string? Endpoint { get; init; }

    public string Region { get; init; } = "us-east-1";

    /// <summary>Null: the AWS SDK's own chain (AWS_ACCESS_KEY_ID, profiles, instance roles).</summary>
    public string? AccessKey { get; init; }

    public string? SecretKey { get; init; }

    /// <summary>Addresses the bucket as <c>endpoint/bucket</c> rather than <c>bucket.endpoint</c>; what local servers need. Default: whenever an endpoint is set.</summary>
    public bool? ForcePathStyle { get; init; }

    public TimeSpan PollInterval { get; init; } = TimeSpan.FromSeconds(30);

    /// <summary>Keys asked for per listing page (S3's MaxKeys; at most 1000).</summary>
    public int PageSize { get; init; } = 1000;

    /// <summary>The options the environment gives, or null when <c>PCAPSEARCH_S3_BUCKET</c> is not set.</summary>
    public static S3WatchOptions? FromEnvironment()
    {
        static string? Read(string name) => Environment.GetEnvironmentVariable("PCAPSEARCH_S3_" + name) is { Length: > 0 } value ? value : null;
        if (Read("BUCKET") is not { } bucket) return null;
        return new S3WatchOptions
        {
            Bucket = bucket,
            Prefix = Read("PREFIX") ?? "",
            Endpoint = Read("ENDPOINT"),
            Region = Read("REGION") ?? "us-east-1",
            AccessKey = Read("ACCESS_KEY"),
            SecretKey = Read("SECRET_KEY"),
            PollInterval = Read("POLL_SECONDS") is { } seconds
                ? TimeSpan.FromSeconds(double.Parse(seconds, System.Globalization.CultureInfo.InvariantCulture))
                : TimeSpan.FromSeconds(30),
        };
    }
}
