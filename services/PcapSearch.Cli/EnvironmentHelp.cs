namespace PcapSearch.Cli;

/// <summary>The environment every role reads, whatever the verb: listed by `pcapsearch --help` (serve and api list their own settings).</summary>
public static class EnvironmentHelp
{
    public static readonly (string Name, string Meaning)[] Variables =
    [
        ("PCAPSEARCH_DATA", "the data directory (embedded store, capture storage, catalog ledgers)"),
        ("PCAPSEARCH_WATCH", "the folder captures are taken from (default DATA/watch)"),
        ("PCAPSEARCH_ELASTICSEARCH_URL", "store in this Elasticsearch cluster instead of the data directory"),
        ("PCAPSEARCH_ELASTICSEARCH_API_KEY", "its API key (or user:password in the URL)"),
        ("PCAPSEARCH_ELASTICSEARCH_CA_FILE", "the CA certificate its TLS is checked against"),
        ("PCAPSEARCH_ELASTICSEARCH_INDEX_PREFIX", "the prefix of its indices (default pcapsearch)"),
        ("PCAPSEARCH_RABBITMQ_URL", "announce captures to workers on this RabbitMQ broker instead of in memory"),
        ("PCAPSEARCH_S3_BUCKET", "watch this S3 bucket too (serve, api, watch)"),
        ("PCAPSEARCH_S3_PREFIX", "only keys under this prefix"),
        ("PCAPSEARCH_S3_ENDPOINT", "an S3-compatible server (MinIO): path-style requests"),
        ("PCAPSEARCH_S3_REGION", "the bucket's region (default us-east-1)"),
        ("PCAPSEARCH_S3_ACCESS_KEY", "the bucket's access key"),
        ("PCAPSEARCH_S3_SECRET_KEY", "the bucket's secret key"),
        ("PCAPSEARCH_S3_POLL_SECONDS", "seconds between listings (default 30)"),
        (Verbs.EnrichmentArguments.GeoIpVariable, "GeoIP MaxMind DB files, comma-separated (default: what set-up installed)"),
        (Verbs.EnrichmentArguments.AsnVariable, "ASN .mmdb or ip-location-db CSV files (default: what set-up installed)"),
        (Verbs.EnrichmentArguments.MacVendorsVariable, "the IEEE registry directory or files (default /usr/share/ieee-data)"),
    ];

    public static string Text() =>
        "Environment:\n" + string.Join("\n", Variables.Select(v => $"  {v.Name,-40} {v.Meaning}"));
}
