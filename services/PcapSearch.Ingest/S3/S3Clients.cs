using Amazon.Runtime;
using Amazon.S3;

namespace PcapSearch.Ingest.S3;

/// <summary>An S3 client for <see cref="S3WatchOptions"/>.</summary>
public static class S3Clients
{
    public static AmazonS3Client Create(S3WatchOptions options)
    {
        var config = new AmazonS3Config
        {
            ForcePathStyle = options.ForcePathStyle ?? options.Endpoint != null,
            AuthenticationRegion = options.Region,
            // Checksums only where S3 demands them: S3-compatible servers do not all understand the SDK's trailing checksums.
            RequestChecksumCalculation = RequestChecksumCalculation.WHEN_REQUIRED,
            ResponseChecksumValidation = ResponseChecksumValidation.WHEN_REQUIRED,
        };
        if (options.Endpoint != null) config.ServiceURL = options.Endpoint;
        else config.RegionEndpoint = Amazon.RegionEndpoint.GetBySystemName(options.Region);
        return options.AccessKey != null
            ? new AmazonS3Client(new BasicAWSCredentials(options.AccessKey, options.SecretKey ?? ""), config)
            : new AmazonS3Client(config);
    }
}
