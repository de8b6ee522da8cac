using System.Security.Cryptography;
using PcapSearch.Ingest;
using PcapSearch.Store;

namespace PcapSearch.Api.Tests;

/// <summary>
/// Test scaffolding at the API's boundary, standing in for the real intake (its own engineer's work): keeps the
/// uploaded bytes in a file under the data directory, hashing them on the way, and records the capture in the
/// catalog as queued. No bus, no worker: tests move the record on themselves where they need to.
/// </summary>
public sealed class TestCaptureIntake(IFlowStore store, string directory) : ICaptureIntake
{
    public async Task<CaptureRecord> SubmitAsync(Stream content, string name, string source, CancellationToken cancellation = default)
    {
        Directory.CreateDirectory(directory);
        string temporary = Path.Combine(directory, Guid.NewGuid().ToString("N") + ".part");
        using var sha = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        long size = 0;
        try
        {
            await using (var file = File.Create(temporary))
            {
                var buffer = new byte[1 << 16];
                int read;
                while ((read = await content.ReadAsync(buffer, cancellation)) > 0)
                {
                    sha.AppendData(buffer, 0, read);
                    await file.WriteAsync(buffer.AsMemory(0, read), cancellation);
                    size += read;
                }
            }
        }
        catch
        {
            File.Delete(temporary);
            throw;
        }
        string sha256 = Convert.ToHexStringLower(sha.GetHashAndReset());
        File.Move(temporary, Path.Combine(directory, sha256), overwrite: true);
        var record = store.Capture(sha256) is { } known
            ? known with { Names = [.. known.Names.Union([name])] }
            : new CaptureRecord(sha256, sha256, [name], size, source, CaptureStatus.Queued, 0, 0, 0, [], null, DateTime.UtcNow.ToString("O"), null, null);
        store.UpsertCapture(record);
        return record;
    }
}
