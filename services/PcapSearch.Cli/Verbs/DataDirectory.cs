using System.CommandLine;
using DuckDB.NET.Data;
using PcapSearch.Store;
using PcapSearch.Store.DuckDb;
using PcapSearch.Store.Elasticsearch;

namespace PcapSearch.Cli.Verbs;

/// <summary>
/// The `--data DIR` every verb takes: where the embedded store lives. Default: $PCAPSEARCH_DATA,
/// else $XDG_DATA_HOME/pcapsearch, else ~/.local/share/pcapsearch.
/// </summary>
public static class DataDirectory
{
    public static Option<DirectoryInfo> Option() => new("--data")
    {
        Description = "Data directory (default: $PCAPSEARCH_DATA, else $XDG_DATA_HOME/pcapsearch, else ~/.local/share/pcapsearch).",
        DefaultValueFactory = _ => new DirectoryInfo(Default()),
    };

    /// <summary>The variable bounding the embedded store's memory (DuckDB's memory_limit: <c>4GB</c>, <c>512MiB</c>).</summary>
    public const string MemoryLimitVariable = "PCAPSEARCH_STORE_MEMORY_LIMIT";

    /// <summary>
    /// The store every verb and role uses: the Elasticsearch cluster <c>PCAPSEARCH_ELASTICSEARCH_URL</c> names, else the
    /// data directory's embedded store, its memory bounded by <see cref="MemoryLimitVariable"/> when set.
    /// </summary>
    public static IFlowStore OpenStore(DirectoryInfo data)
    {
        if (ElasticsearchOptions.FromEnvironment() is { } cluster) return new ElasticsearchFlowStore(cluster);
        data.Create();
        string? memoryLimit = Environment.GetEnvironmentVariable(MemoryLimitVariable) is { Length: > 0 } limit ? limit : null;
        try
        {
            return new DuckDbFlowStore(Path.Combine(data.FullName, "flows.duckdb"), memoryLimit: memoryLimit);
        }
        catch (DuckDBException e) when (e.Message.Contains("Could not set lock", StringComparison.Ordinal))
        {
            throw new DataDirectoryInUseException(data, e);
        }
        catch (DuckDBException e) when (e.Message.Contains("memory_limit", StringComparison.Ordinal))
        {
            throw new IOException($"{MemoryLimitVariable}={memoryLimit} is not a size the embedded store takes (e.g. 4GB, 512MiB)", e);
        }
    }

    /// <summary>The folder captures are taken from when none is named: $PCAPSEARCH_WATCH, else DATA/watch.</summary>
    public static DirectoryInfo WatchOf(DirectoryInfo data) =>
        new(Environment.GetEnvironmentVariable("PCAPSEARCH_WATCH") is { Length: > 0 } watch ? watch : Path.Combine(data.FullName, "watch"));

    public static string Default()
    {
        if (Environment.GetEnvironmentVariable("PCAPSEARCH_DATA") is { Length: > 0 } explicitData) return explicitData;
        string dataHome = Environment.GetEnvironmentVariable("XDG_DATA_HOME") is { Length: > 0 } xdg
            ? xdg
            : Path.Combine(Environment.GetFolderPath(Environment.SpecialFolder.UserProfile), ".local", "share");
        return Path.Combine(dataHome, "pcapsearch");
    }
}
