using System.Collections.Concurrent;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using PcapSearch.Capture;

namespace PcapSearch.Ingest.Watching;

/// <summary>
/// Takes captures dropped into a folder or its subfolders. File system events wake it, and it looks at the
/// whole folder again every <see cref="IntakeOptions.RescanInterval"/> because events get lost. A file is
/// taken once it is complete: renamed in, or its size and modification time unchanged for a rescan interval.
/// Taken files stay where they are (like Arkime's monitored directories); a ledger in the data directory
/// (path, size, modification time -> capture id) keeps a restart from taking them again. Files that are not
/// captures go to <c>.rejected/</c> with the reason beside them. Hidden files and folders (<c>.name</c>) and
/// files still being written (<c>*.part</c>, <c>*.tmp</c>) are left alone, as are empty files.
/// </summary>
public sealed class FolderWatcher : BackgroundService
{
    private static readonly string[] UnfinishedExtensions = [".part", ".tmp"];

    private readonly ICaptureIntake _intake;
    private readonly ILogger<FolderWatcher> _logger;
    private readonly TimeProvider _clock;
    private readonly string _root;
    private readonly TimeSpan _interval;
    private readonly IntakeLedger _ledger;
    private readonly Dictionary<string, Look> _waiting = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, bool> _renamedIn = new(StringComparer.Ordinal);
    private readonly SemaphoreSlim _wake = new(0);
    private readonly SemaphoreSlim _scanning = new(1, 1);

    public FolderWatcher(ICaptureIntake intake, IntakeOptions options, ILogger<FolderWatcher> logger, TimeProvider clock)
    {
        ArgumentException.ThrowIfNullOrEmpty(options.WatchDirectory);
        _intake = intake;
        _logger = logger;
        _clock = clock;
        _root = Path.GetFullPath(options.WatchDirectory);
        _interval = options.RescanInterval;
        _ledger = new IntakeLedger(Path.Combine(options.LedgerDirectory, "watched-folder.jsonl"));
    }

    /// <summary>Looks at every file once: takes the complete ones, rejects non-captures, remembers the rest for the next look.</summary>
    public async Task<WatchScan> ScanAsync(CancellationToken cancellation = default)
    {
        await _scanning.WaitAsync(cancellation);
        try
        {
            Directory.CreateDirectory(_root);
            int taken = 0, rejected = 0, skipped = 0;
            var present = new HashSet<string>(StringComparer.Ordinal);
            foreach (var file in Candidates())
            {
                cancellation.ThrowIfCancellationRequested();
                present.Add(file.FullName);
                switch (await ConsiderAsync(file, cancellation))
                {
                    case Outcome.Taken: taken++; break;
                    case Outcome.Rejected: rejected++; break;
                    case Outcome.Skipped: skipped++; break;
                }
            }
            foreach (string gone in _waiting.Keys.Where(path => !present.Contains(path)).ToList()) _waiting.Remove(gone);
            foreach (string gone in _renamedIn.Keys.Where(path => !present.Contains(path))) _renamedIn.TryRemove(gone, out _);
            return new WatchScan(taken, rejected, skipped, _waiting.Count);
        }
        finally
        {
            _scanning.Release();
        }
    }

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        Directory.CreateDirectory(_root);
        using var events = new FileSystemWatcher(_root)
        {
            IncludeSubdirectories = true,
            NotifyFilter = NotifyFilters.FileName | NotifyFilters.DirectoryName | NotifyFilters.Size | NotifyFilters.LastWrite,
        };
        events.Created += (_, _) => Wake();
        events.Changed += (_, _) => Wake();
        events.Renamed += (_, e) =>
        {
            _renamedIn[e.FullPath] = true;
            Wake();
        };
        events.Error += (_, e) => _logger.LogWarning(e.GetException(), "Watching {Folder}: events were lost; the next rescan finds what they missed", _root);
        events.EnableRaisingEvents = true;
        _logger.LogInformation("Watching {Folder} for captures", _root);

        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                var scan = await ScanAsync(stoppingToken);
                if (scan.Taken + scan.Rejected > 0)
                {
                    _logger.LogInformation("{Folder}: took {Taken}, rejected {Rejected}, {Waiting} still being written", _root, scan.Taken, scan.Rejected, scan.Waiting);
                }
            }
            catch (Exception e) when (e is not OperationCanceledException)
            {
                _logger.LogError(e, "Watching {Folder} failed; trying again in {Interval}", _root, _interval);
            }
            try
            {
                await _wake.WaitAsync(_interval, stoppingToken);
            }
            catch (OperationCanceledException)
            {
                break;
            }
        }
    }

    public override void Dispose()
    {
        _wake.Dispose();
        _scanning.Dispose();
        base.Dispose();
    }

    private void Wake()
    {
        if (_wake.CurrentCount == 0) _wake.Release();
    }

    private IEnumerable<FileInfo> Candidates()
    {
        var walk = new EnumerationOptions { RecurseSubdirectories = true, IgnoreInaccessible = true, AttributesToSkip = 0 };
        return new DirectoryInfo(_root).EnumerateFiles("*", walk)
            .Where(file => !IsHiddenOrUnfinished(Path.GetRelativePath(_root, file.FullName)));
    }

    private static bool IsHiddenOrUnfinished(string relative) =>
        relative.Split(Path.DirectorySeparatorChar).Any(part => part.StartsWith('.'))
        || UnfinishedExtensions.Any(extension => relative.EndsWith(extension, StringComparison.OrdinalIgnoreCase));

    private async Task<Outcome> ConsiderAsync(FileInfo file, CancellationToken cancellation)
    {
        var look = new Look(file.Length, file.LastWriteTimeUtc.Ticks, _clock.GetUtcNow());
        string key = $"{file.FullName}\n{look.Size}\n{look.ModifiedTicks}";
        if (look.Size == 0) return Outcome.Empty;
        if (_ledger.TryGet(key, out _)) return Outcome.Skipped;
        bool renamedIn = _renamedIn.TryRemove(file.FullName, out _);
        if (!renamedIn && !IsSettled(file.FullName, look)) return Outcome.Waiting;

        _waiting.Remove(file.FullName);
        try
        {
            await using var content = new FileStream(file.FullName, FileMode.Open, FileAccess.Read, FileShare.Read, 0, FileOptions.SequentialScan | FileOptions.Asynchronous);
            var record = await _intake.SubmitAsync(content, file.Name, "watch:" + file.FullName, cancellation);
            _ledger.Record(key, record.Id);
            return Outcome.Taken;
        }
        catch (Exception e) when (e is CaptureRefusedException or IntakeRefusedException)
        {
            return Reject(file.FullName, e.Message);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            _logger.LogWarning(e, "Could not take {File} yet; trying again at the next look", file.FullName);
            return Outcome.Waiting;
        }
    }

    private Outcome Reject(string path, string reason)
    {
        try
        {
            string movedTo = Rejection.Reject(_root, path, reason, _clock.GetUtcNow());
            _logger.LogWarning("Rejected {File}: {Reason}; moved to {MovedTo}", path, reason, movedTo);
            return Outcome.Rejected;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            _logger.LogError(e, "Rejected {File} ({Reason}) but could not move it aside; trying again at the next look", path, reason);
            return Outcome.Waiting;
        }
    }

    /// <summary>True when the file looked the same at the previous look, at least a rescan interval ago.</summary>
    private bool IsSettled(string path, Look look)
    {
        if (_waiting.TryGetValue(path, out var previous) && previous.SameFileAs(look))
        {
            return look.Seen - previous.Seen >= _interval;
        }
        _waiting[path] = look;
        return false;
    }

    private enum Outcome { Empty, Skipped, Waiting, Taken, Rejected }

    private sealed record Look(long Size, long ModifiedTicks, DateTimeOffset Seen)
    {
        public bool SameFileAs(Look other) => Size == other.Size && ModifiedTicks == other.ModifiedTicks;
    }
}
