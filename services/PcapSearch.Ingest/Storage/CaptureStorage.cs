using System.Buffers;
using PcapSearch.Capture;

namespace PcapSearch.Ingest.Storage;

/// <summary>
/// Content-addressed capture files: <c>DATA/captures/ab/abcdef…</c>, named by their sha256. Bytes are
/// streamed to a temporary file in the same folder while both hashes are computed, then renamed into
/// place, so a stored file is always whole and the same bytes are stored once. Memory stays flat
/// whatever the size.
/// </summary>
public sealed class CaptureStorage
{
    private const int BufferSize = 1 << 20;
    private const string TemporaryPrefix = ".incoming-";

    /// <param name="dataDirectory">The data directory; files go to its <c>captures</c> folder.</param>
    /// <param name="maxCaptureBytes">Larger input is refused and nothing of it kept; null for no limit.</param>
    public CaptureStorage(string dataDirectory, long? maxCaptureBytes)
    {
        ArgumentException.ThrowIfNullOrEmpty(dataDirectory);
        if (maxCaptureBytes <= 0) throw new ArgumentOutOfRangeException(nameof(maxCaptureBytes), "the size limit must be positive");
        Root = Path.Combine(Path.GetFullPath(dataDirectory), "captures");
        MaxCaptureBytes = maxCaptureBytes;
    }

    public string Root { get; }

    public long? MaxCaptureBytes { get; }

    /// <summary>The stored file for a sha256 (whether or not it exists).</summary>
    public string PathOf(string sha256) => Path.Combine(Root, sha256[..2], sha256);

    /// <param name="name">Names the input in errors.</param>
    /// <exception cref="IntakeRefusedException">The input exceeds <see cref="MaxCaptureBytes"/>; nothing was kept.</exception>
    public async Task<StoredCapture> StoreAsync(Stream content, string name, CancellationToken cancellation = default)
    {
        ArgumentNullException.ThrowIfNull(content);
        Directory.CreateDirectory(Root);
        string temporary = Path.Combine(Root, TemporaryPrefix + Guid.NewGuid().ToString("N"));
        try
        {
            var (hashes, size) = await CopyHashingAsync(content, temporary, name, cancellation);
            using (hashes)
            {
                string sha256 = hashes.Sha256;
                string final = PathOf(sha256);
                bool alreadyStored = !TryMoveIntoPlace(temporary, final);
                return new StoredCapture(hashes.ContentId, sha256, size, final, alreadyStored);
            }
        }
        finally
        {
            File.Delete(temporary);
        }
    }

    private async Task<(CaptureHashes Hashes, long Size)> CopyHashingAsync(Stream content, string temporary, string name, CancellationToken cancellation)
    {
        var hashes = new CaptureHashes();
        byte[] buffer = ArrayPool<byte>.Shared.Rent(BufferSize);
        try
        {
            await using var file = new FileStream(temporary, FileMode.CreateNew, FileAccess.Write, FileShare.None, 0, FileOptions.Asynchronous);
            long size = 0;
            int read;
            while ((read = await content.ReadAsync(buffer.AsMemory(0, BufferSize), cancellation)) > 0)
            {
                size += read;
                if (size > MaxCaptureBytes)
                {
                    throw new IntakeRefusedException($"{name}: larger than the size limit of {MaxCaptureBytes:N0} bytes");
                }
                // The write and the hashing only read the buffer: let the disk work while the hashes are computed.
                var write = file.WriteAsync(buffer.AsMemory(0, read), cancellation);
                hashes.Append(buffer.AsSpan(0, read));
                await write;
            }
            await file.FlushAsync(cancellation);
            file.Flush(flushToDisk: true);
            return (hashes, size);
        }
        catch
        {
            hashes.Dispose();
            throw;
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(buffer);
        }
    }

    /// <returns>False when the same bytes were already stored (the temporary copy is then discarded).</returns>
    private static bool TryMoveIntoPlace(string temporary, string final)
    {
        if (File.Exists(final)) return false;
        Directory.CreateDirectory(Path.GetDirectoryName(final)!);
        try
        {
            File.Move(temporary, final, overwrite: false);
            return true;
        }
        catch (IOException) when (File.Exists(final))
        {
            // Another arrival of the same bytes won the race; its file is identical.
            return false;
        }
    }
}
