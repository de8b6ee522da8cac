using System.CommandLine;
using PcapSearch.Store;
using PcapSearch.Store.DuckDb;

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

    public static DuckDbFlowStore OpenStore(DirectoryInfo data)
    {
        data.Create();
        return new DuckDbFlowStore(Path.Combine(data.FullName, "flows.duckdb"));
    }

    public static string Default()
    {
        if (Environment.GetEnvironmentVariable("PCAPSEARCH_DATA") is { Length: > 0 } explicitData) return explicitData;
        string dataHome = Environment.GetEnvironmentVariable("XDG_DATA_HOME") is { Length: > 0 } xdg
            ? xdg
            : Path.Combine(Environment.GetFolderPath(Environment.SpecialFolder.UserProfile), ".local", "share");
        return Path.Combine(dataHome, "pcapsearch");
    }
}
