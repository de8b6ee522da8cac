namespace PcapSearch.Cli.Verbs;

/// <summary>The embedded store admits one process: another (a running `serve`, `worker` or `ingest`) holds this data directory.</summary>
public sealed class DataDirectoryInUseException(DirectoryInfo data, Exception inner)
    : IOException($"the data directory {data.FullName} is in use by another pcapsearch process (a running `serve`?): ask it with --server URL, or stop it first", inner);
