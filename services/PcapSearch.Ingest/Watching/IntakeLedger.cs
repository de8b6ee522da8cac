using System.Text.Json;

namespace PcapSearch.Ingest.Watching;

/// <summary>
/// What a watcher has already taken, so a restart does not take it again: one JSON line per entry in
/// the data directory, appended as entries are made and read back whole at start. A line cut short by
/// a crash is ignored (that file is simply looked at again; the catalog knows its content).
/// </summary>
public sealed class IntakeLedger
{
    private readonly string _path;
    private readonly Dictionary<string, string> _entries = new(StringComparer.Ordinal);
    private readonly Lock _lock = new();

    public IntakeLedger(string path)
    {
        _path = path;
        if (!File.Exists(path)) return;
        foreach (string line in File.ReadLines(path))
        {
            if (TryParse(line) is { Key: not null, Outcome: not null } entry) _entries[entry.Key] = entry.Outcome;
        }
    }

    public int Count
    {
        get { lock (_lock) return _entries.Count; }
    }

    /// <param name="outcome">The capture id it became, or why it was not taken.</param>
    public bool TryGet(string key, out string outcome)
    {
        lock (_lock) return _entries.TryGetValue(key, out outcome!);
    }

    public void Record(string key, string outcome)
    {
        lock (_lock)
        {
            Directory.CreateDirectory(Path.GetDirectoryName(_path)!);
            File.AppendAllText(_path, JsonSerializer.Serialize(new Entry(key, outcome)) + "\n");
            _entries[key] = outcome;
        }
    }

    private static Entry? TryParse(string line)
    {
        try
        {
            return JsonSerializer.Deserialize<Entry>(line);
        }
        catch (JsonException)
        {
            return null;
        }
    }

    private sealed record Entry(string Key, string Outcome);
}
