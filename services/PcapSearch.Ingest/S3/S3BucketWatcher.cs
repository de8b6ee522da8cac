using Amazon.S3;
using Amazon.S3.Model;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using PcapSearch.Capture;
using PcapSearch.Ingest.Watching;

namespace PcapSearch.Ingest.S3;

/// <summary>
/// Takes captures from a bucket: lists it page by page (ListObjectsV2 with continuation) every
/// <see cref="S3WatchOptions.PollInterval"/>, skips objects whose key and ETag the ledger already holds, and
/// streams each new object through the intake (the intake's content hash makes a copy under another key one
/// capture with two names). Objects are never changed or deleted in the bucket; one that is not a capture, or
/// too large, is recorded in the ledger with the reason and not downloaded again.
/// </summary>
public sealed class S3BucketWatcher : BackgroundService
{
    private readonly ICaptureIntake _intake;
    private readonly S3WatchOptions _bucket;
    private readonly long? _maxCaptureBytes;
    private readonly ILogger<S3BucketWatcher> _logger;
    private readonly IntakeLedger _ledger;
    private readonly AmazonS3Client _client;

    public S3BucketWatcher(ICaptureIntake intake, IntakeOptions options, ILogger<S3BucketWatcher> logger)
    {
        _bucket = options.S3 ?? throw new ArgumentException("no bucket to watch", nameof(options));
        _intake = intake;
        _maxCaptureBytes = options.MaxCaptureBytes;
        _logger = logger;
        _ledger = new IntakeLedger(Path.Combine(options.LedgerDirectory, "s3-bucket.jsonl"));
        _client = S3Clients.Create(_bucket);
    }

    /// <summary>Lists the whole bucket (under the prefix) once and takes every object not taken before.</summary>
    public async Task<WatchScan> ScanAsync(CancellationToken cancellation = default)
    {
        int taken = 0, rejected = 0, skipped = 0;
        var request = new ListObjectsV2Request { BucketName = _bucket.Bucket, Prefix = _bucket.Prefix, MaxKeys = _bucket.PageSize };
        do
        {
            var page = await _client.ListObjectsV2Async(request, cancellation);
            foreach (var item in page.S3Objects ?? [])
            {
                if (item.Key.EndsWith('/')) continue;
                string ledgerKey = $"s3://{_bucket.Bucket}/{item.Key}\n{item.ETag}";
                if (_ledger.TryGet(ledgerKey, out _))
                {
                    skipped++;
                    continue;
                }
                string outcome = await TakeAsync(item, cancellation);
                _ledger.Record(ledgerKey, outcome);
                if (outcome.StartsWith(RejectedPrefix, StringComparison.Ordinal)) rejected++;
                else taken++;
            }
            request.ContinuationToken = page.NextContinuationToken;
        }
        while (request.ContinuationToken != null);
        return new WatchScan(taken, rejected, skipped, 0);
    }

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        _logger.LogInformation("Watching s3://{Bucket}/{Prefix} for captures", _bucket.Bucket, _bucket.Prefix);
        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                var scan = await ScanAsync(stoppingToken);
                if (scan.Taken + scan.Rejected > 0)
                {
                    _logger.LogInformation("s3://{Bucket}/{Prefix}: took {Taken}, rejected {Rejected}", _bucket.Bucket, _bucket.Prefix, scan.Taken, scan.Rejected);
                }
            }
            catch (Exception e) when (e is not OperationCanceledException)
            {
                _logger.LogError(e, "Watching s3://{Bucket}/{Prefix} failed; trying again in {Interval}", _bucket.Bucket, _bucket.Prefix, _bucket.PollInterval);
            }
            try
            {
                await Task.Delay(_bucket.PollInterval, stoppingToken);
            }
            catch (OperationCanceledException)
            {
                break;
            }
        }
    }

    public override void Dispose()
    {
        _client.Dispose();
        base.Dispose();
    }

    private const string RejectedPrefix = "rejected: ";

    /// <returns>The capture id, or <see cref="RejectedPrefix"/> and the reason.</returns>
    private async Task<string> TakeAsync(S3Object item, CancellationToken cancellation)
    {
        string name = item.Key[(item.Key.LastIndexOf('/') + 1)..];
        string source = $"s3://{_bucket.Bucket}/{item.Key}";
        try
        {
            if (item.Size > _maxCaptureBytes)
            {
                throw new IntakeRefusedException($"{name}: larger than the size limit of {_maxCaptureBytes:N0} bytes");
            }
            using var response = await _client.GetObjectAsync(new GetObjectRequest { BucketName = _bucket.Bucket, Key = item.Key }, cancellation);
            await using var content = response.ResponseStream;
            var record = await _intake.SubmitAsync(content, name, source, cancellation);
            return record.Id;
        }
        catch (Exception e) when (e is CaptureRefusedException or IntakeRefusedException)
        {
            _logger.LogWarning("Not taking {Source}: {Reason}", source, e.Message);
            return RejectedPrefix + e.Message;
        }
    }
}
