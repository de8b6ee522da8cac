using PcapSearch.Ingest.Messages;
using PcapSearch.Ingest.Storage;
using PcapSearch.Store;

namespace PcapSearch.Ingest;

/// <summary>
/// The one way in (see <see cref="ICaptureIntake"/>): refuse bad names and non-captures before storing
/// anything, store the bytes, then bring the catalog up to date and announce what a worker must read.
/// A capture already queued, processing or done only gains the new name; a failed one is queued again.
/// </summary>
public sealed class CaptureIntake(CaptureStorage storage, IFlowStore catalog, ICaptureAnnouncer announcer, TimeProvider clock) : ICaptureIntake
{
    // Read-modify-write of a catalog record: two arrivals of the same bytes must not both announce it.
    private readonly SemaphoreSlim _catalogLock = new(1, 1);

    public CaptureIntake(CaptureStorage storage, IFlowStore catalog, ICaptureAnnouncer announcer)
        : this(storage, catalog, announcer, TimeProvider.System)
    {
    }

    public async Task<CaptureRecord> SubmitAsync(Stream content, string name, string source, CancellationToken cancellation = default)
    {
        ArgumentNullException.ThrowIfNull(content);
        ArgumentException.ThrowIfNullOrEmpty(source);
        CaptureNames.Check(name);
        var whole = await CaptureProbe.RequireCaptureAsync(content, name, cancellation);
        var stored = await storage.StoreAsync(whole, name, cancellation);

        await _catalogLock.WaitAsync(cancellation);
        try
        {
            var (record, announce) = Arrive(catalog.Capture(stored.Id), stored, name, source);
            catalog.UpsertCapture(record);
            if (announce) await AnnounceAsync(record, stored, name, source, cancellation);
            return record;
        }
        finally
        {
            _catalogLock.Release();
        }
    }

    /// <summary>A capture no worker will hear of must not sit in the catalog as queued: it is failed, so its next arrival retries.</summary>
    private async Task AnnounceAsync(CaptureRecord record, StoredCapture stored, string name, string source, CancellationToken cancellation)
    {
        try
        {
            await announcer.AnnounceAsync(new CaptureReceived(record.Id, record.Sha256, stored.Uri, record.Size, name, source), cancellation);
        }
        catch (Exception e)
        {
            catalog.UpsertCapture(record with { Status = CaptureStatus.Failed, FailureReason = "could not be announced to the workers: " + e.Message });
            throw;
        }
    }

    private (CaptureRecord Record, bool Announce) Arrive(CaptureRecord? known, StoredCapture stored, string name, string source)
    {
        string now = clock.GetUtcNow().UtcDateTime.ToString("O");
        if (known == null)
        {
            return (new CaptureRecord(stored.Id, stored.Sha256, [name], stored.Size, source, CaptureStatus.Queued,
                0, 0, 0, [], null, now, null, null), true);
        }
        var names = known.Names.Contains(name) ? known.Names : [.. known.Names, name];
        if (known.Status != CaptureStatus.Failed) return (known with { Names = names }, false);
        return (known with
        {
            Names = names,
            Status = CaptureStatus.Queued,
            BytesRead = 0,
            Warnings = [],
            FailureReason = null,
            Received = now,
            Started = null,
            Finished = null,
        }, true);
    }
}
