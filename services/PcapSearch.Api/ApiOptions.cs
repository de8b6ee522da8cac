using System.Net;

namespace PcapSearch.Api;

/// <summary>Everything the API host needs to know, from appsettings, PCAPSEARCH_* variables and flags (one options object for every caller).</summary>
public sealed record ApiOptions
{
    /// <summary>The data directory: the API keys file and the saved objects database live here.</summary>
    public required string DataDirectory { get; init; }

    /// <summary>The address Kestrel listens on; anything but a loopback address makes authentication mandatory.</summary>
    public string Bind { get; init; } = "127.0.0.1";

    /// <summary>The TCP port; 0 picks a free one (the host prints the URL it got).</summary>
    public int Port { get; init; } = DefaultPort;

    /// <summary>The most bytes one upload request may carry; a larger one is refused with 413.</summary>
    public long MaxUploadBytes { get; init; } = 16L << 30;

    /// <summary>Origins (<c>https://soc.example:8443</c>) whose pages may call the API from a browser; empty: CORS closed.</summary>
    public IReadOnlyList<string> AllowedOrigins { get; init; } = [];

    /// <summary>Require an API key even on a loopback address (it is always required elsewhere).</summary>
    public bool RequireAuthentication { get; init; }

    /// <summary>The built UI (<c>ui/dist</c>) to serve at <c>/</c>; null or missing: a short page that says there is no UI yet.</summary>
    public string? UiDirectory { get; init; }

    /// <summary>Serilog's minimum level for the console.</summary>
    public Serilog.Events.LogEventLevel LogLevel { get; init; } = Serilog.Events.LogEventLevel.Information;

    public const int DefaultPort = 8470;

    public bool AuthenticationRequired => RequireAuthentication || !IsLoopback(Bind);

    public string ApiKeysFile => Path.Combine(DataDirectory, "api-keys.json");

    public string SavedObjectsFile => Path.Combine(DataDirectory, "saved-objects.sqlite");

    /// <summary>Whether an address only this machine can reach; a host name other than localhost counts as reachable from elsewhere.</summary>
    public static bool IsLoopback(string bind) =>
        string.Equals(bind, "localhost", StringComparison.OrdinalIgnoreCase)
        || (IPAddress.TryParse(bind, out var address) && IPAddress.IsLoopback(address));
}
