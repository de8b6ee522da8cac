using System.CommandLine;
using Microsoft.Extensions.Configuration;
using PcapSearch.Api;
using PcapSearch.Cli.Verbs;
using PcapSearch.Enrichment;

namespace PcapSearch.Cli.Hosting;

/// <summary>
/// The settings of the roles that serve the API. Each has a flag, a PCAPSEARCH_* variable and an appsettings key
/// (<c>PcapSearch:Port</c> in appsettings.json beside the binary or in the file --config names); a flag beats the
/// variable, which beats the file. `--help` lists all three for each.
/// </summary>
public sealed class HostArguments
{
    private const string Section = "PcapSearch";

    private readonly List<(string Key, string Variable, Option Option)> _settings = [];
    private readonly Option<FileInfo?> _config = new("--config") { Description = "An appsettings JSON file with a \"PcapSearch\" section (also PCAPSEARCH_CONFIG); appsettings.json beside the binary is read first." };
    private readonly bool _serve;

    public HostArguments(bool serve)
    {
        _serve = serve;
        Add("Data", "PCAPSEARCH_DATA", new Option<string?>("--data") { Description = "Data directory: store, catalog, saved objects, API keys. Default $XDG_DATA_HOME/pcapsearch, else ~/.local/share/pcapsearch." });
        if (serve)
        {
            Add("Watch", "PCAPSEARCH_WATCH", new Option<string?>("--watch") { Description = "Folder whose new captures are ingested. Default DATA/watch." });
            Add("Demo", "PCAPSEARCH_DEMO", new Option<bool?>("--demo") { Description = "Ingest a few bundled captures (DNS, HTTP, TLS, IPv6) on start." });
        }
        Add("Port", "PCAPSEARCH_PORT", new Option<int?>("--port") { Description = $"TCP port; 0 picks a free one. Default {ApiOptions.DefaultPort}." });
        Add("Bind", "PCAPSEARCH_BIND", new Option<string?>("--bind") { Description = "Address to listen on. Default 127.0.0.1; any other than loopback requires API keys." });
        Add("RequireAuth", "PCAPSEARCH_REQUIRE_AUTH", new Option<bool?>("--require-auth") { Description = "Require an API key on loopback too." });
        Add("CorsOrigins", "PCAPSEARCH_CORS_ORIGINS", new Option<string[]?>("--cors-origin") { Description = "An origin whose pages may call the API (repeat, or comma-separate in the variable). Default none: CORS closed." });
        Add("MaxUploadBytes", "PCAPSEARCH_MAX_UPLOAD_BYTES", new Option<long?>("--max-upload-bytes") { Description = "The most bytes one upload may carry. Default 17179869184 (16 GiB)." });
        Add("Ui", "PCAPSEARCH_UI", new Option<string?>("--ui") { Description = "The built UI to serve. Default ui/dist of the source tree when built." });
        Add("GeoIp", EnrichmentArguments.GeoIpVariable, new Option<string[]?>("--geoip") { Description = EnrichmentArguments.GeoIpHelp });
        Add("Asn", EnrichmentArguments.AsnVariable, new Option<string[]?>("--asn") { Description = EnrichmentArguments.AsnHelp });
        Add("MacVendors", EnrichmentArguments.MacVendorsVariable, new Option<string[]?>("--mac-vendors") { Description = EnrichmentArguments.MacVendorsHelp });
        Add("LogLevel", "PCAPSEARCH_LOG_LEVEL", new Option<string?>("--log-level") { Description = "Verbose, Debug, Information, Warning, Error. Default Information." });
    }

    public void AddTo(Command command)
    {
        foreach (var (key, variable, option) in _settings)
        {
            option.Description += $" [env {variable}, appsettings {Section}:{key}]";
            command.Options.Add(option);
        }
        command.Options.Add(_config);
    }

    /// <summary>The settings, or a <see cref="FormatException"/> naming the setting and its bad value.</summary>
    public HostSettings Read(ParseResult parse)
    {
        var builder = new ConfigurationBuilder().AddJsonFile(Path.Combine(AppContext.BaseDirectory, "appsettings.json"), optional: true);
        string? configFile = parse.GetValue(_config)?.FullName ?? Environment.GetEnvironmentVariable("PCAPSEARCH_CONFIG");
        if (configFile is { Length: > 0 }) builder.AddJsonFile(configFile, optional: false);
        builder.AddInMemoryCollection(_settings
            .Select(s => (Key: $"{Section}:{s.Key}", Value: Environment.GetEnvironmentVariable(s.Variable)))
            .Where(s => !string.IsNullOrEmpty(s.Value))
            .Select(s => KeyValuePair.Create(s.Key, s.Value)));
        builder.AddInMemoryCollection(_settings
            .Select(s => (Key: $"{Section}:{s.Key}", Value: FlagText(parse.GetResult(s.Option))))
            .Where(s => s.Value is not null)
            .Select(s => KeyValuePair.Create(s.Key, s.Value)));
        var config = builder.Build().GetSection(Section);

        var data = new DirectoryInfo(config["Data"] is { Length: > 0 } d ? d : DataDirectory.Default());
        var defaults = new ApiOptions { DataDirectory = data.FullName };
        var api = defaults with
        {
            Port = Number("Port", config, defaults.Port, int.Parse),
            Bind = config["Bind"] is { Length: > 0 } bind ? bind : defaults.Bind,
            RequireAuthentication = Number("RequireAuth", config, false, bool.Parse),
            AllowedOrigins = (config["CorsOrigins"] ?? "").Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries),
            MaxUploadBytes = Number("MaxUploadBytes", config, defaults.MaxUploadBytes, long.Parse),
            UiDirectory = config["Ui"] is { Length: > 0 } ui ? ui : SourceTreeUi(),
            LogLevel = Number("LogLevel", config, defaults.LogLevel, s => Enum.Parse<Serilog.Events.LogEventLevel>(s, ignoreCase: true)),
        };
        if (api.Port is < 0 or > 65535) throw new FormatException($"{Name("Port")}: {api.Port} is not a TCP port.");
        if (api.MaxUploadBytes < 1) throw new FormatException($"{Name("MaxUploadBytes")} must be positive.");
        var watch = !_serve ? null : config["Watch"] is { Length: > 0 } w ? new DirectoryInfo(w) : DataDirectory.WatchOf(data);
        var enrichment = new EnrichmentOptions
        {
            GeoIp = EnrichmentOptions.ParsePaths(config["GeoIp"]),
            Asn = EnrichmentOptions.ParsePaths(config["Asn"]),
            MacVendors = EnrichmentOptions.ParsePaths(config["MacVendors"]),
        };
        return new HostSettings(data, watch, _serve && Number("Demo", config, false, bool.Parse), api, enrichment);
    }

    private void Add(string key, string variable, Option option) => _settings.Add((key, variable, option));

    /// <summary>A setting's three names, for messages: <c>--port (PCAPSEARCH_PORT, PcapSearch:Port)</c>.</summary>
    private string Name(string key) => _settings.First(s => s.Key == key) is var (_, variable, option) ? $"{option.Name} ({variable}, {Section}:{key})" : key;

    /// <summary>A flag's value as configuration text; null when the flag was not given.</summary>
    private static string? FlagText(System.CommandLine.Parsing.OptionResult? result)
    {
        if (result is null || result.Implicit) return null;
        return result.Tokens.Count == 0 ? "true" : string.Join(',', result.Tokens.Select(t => t.Value));
    }

    private T Number<T>(string key, IConfiguration config, T fallback, Func<string, T> parse)
    {
        string? text = config[key];
        if (string.IsNullOrEmpty(text)) return fallback;
        try
        {
            return parse(text);
        }
        catch (Exception e) when (e is FormatException or OverflowException or ArgumentException)
        {
            throw new FormatException($"{Name(key)}: '{text}' is not a valid value.", e);
        }
    }

    /// <summary>ui/dist of the source tree the binary was built from (the launcher builds into .build/cli inside it).</summary>
    private static string? SourceTreeUi()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir != null; dir = dir.Parent)
        {
            string candidate = Path.Combine(dir.FullName, "ui", "dist");
            if (Directory.Exists(candidate)) return candidate;
        }
        return null;
    }
}
