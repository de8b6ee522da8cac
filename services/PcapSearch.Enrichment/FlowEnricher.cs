using PcapSearch.Decoding;
using PcapSearch.Flows;
using PcapSearch.Flows.Enrichment;

namespace PcapSearch.Enrichment;

/// <summary>
/// The enrichment stage of the data path (engine → enrichment → store): GeoIP and AS of each public address, the
/// vendor of each MAC, from local files only (never a network call). Open once per process and share: lookups are
/// thread-safe; <see cref="Wrap"/> gives each capture's sink its own memo. AS comes from the GeoIP files when one
/// has it, else from the ASN files (MaxMind DB first, then CSV ranges).
/// </summary>
public sealed class FlowEnricher : IDisposable
{
    private readonly GeoIpDatabases _geo;
    private readonly GeoIpDatabases _asnDatabases;
    private readonly AsnRanges? _asnRanges;
    private readonly MacVendors? _macVendors;
    private readonly int _cacheEntries;

    private FlowEnricher(GeoIpDatabases geo, GeoIpDatabases asnDatabases, AsnRanges? asnRanges, MacVendors? macVendors, int cacheEntries)
    {
        (_geo, _asnDatabases, _asnRanges, _macVendors, _cacheEntries) = (geo, asnDatabases, asnRanges, macVendors, cacheEntries);
    }

    /// <summary>An enricher with no data: flows pass unchanged.</summary>
    public static FlowEnricher None { get; } = new(new([]), new([]), null, null, 0);

    /// <summary>Whether there is no data of any kind, so flows pass unchanged.</summary>
    public bool IsEmpty => _geo.Databases.Count == 0 && _asnDatabases.Databases.Count == 0 && _asnRanges is null && _macVendors is null;

    /// <summary>One line per kind of data: the files in use, or that none is.</summary>
    public IReadOnlyList<string> Describe() =>
    [
        "GeoIP: " + Names(_geo.Databases.Select(d => d.Path)),
        "ASN: " + Names([.. _asnDatabases.Databases.Select(d => d.Path), .. _asnRanges is null ? [] : new[] { $"{_asnRanges.Count} CSV ranges" }]),
        "MAC vendors: " + (_macVendors is null ? "none" : $"{_macVendors.Count} IEEE assignments"),
    ];

    /// <summary>
    /// What is missing, as the one warning to give when no data of any kind was configured nor installed (null otherwise).
    /// </summary>
    public string? Warning => IsEmpty
        ? "no GeoIP, ASN or MAC vendor data found (deploy/setup/prerequisites.sh runtime installs it; see docs/enrichment.md): flows are written without geo, as and vendor fields"
        : null;

    /// <summary>Opens the data the options name, or what set-up installed where they name none.</summary>
    /// <exception cref="EnrichmentDataException">A file the user named is missing or not of its format.</exception>
    public static FlowEnricher Open(EnrichmentOptions options)
    {
        var opened = new List<IDisposable>();
        try
        {
            var geo = new GeoIpDatabases(OpenDatabases(options.GeoIp ?? InstalledData.GeoIp, opened));
            var asnPaths = options.Asn ?? InstalledData.Asn;
            var asnDatabases = new GeoIpDatabases(OpenDatabases(asnPaths.Where(IsMaxMind), opened));
            var csv = asnPaths.Where(p => !IsMaxMind(p)).ToList();
            var asnRanges = csv.Count == 0 ? null : AsnRanges.Load(csv);
            var macPaths = options.MacVendors ?? InstalledData.MacVendors;
            var macVendors = macPaths.Count == 0 ? null : LoadMacVendors(macPaths);
            return new FlowEnricher(geo, asnDatabases, asnRanges, macVendors, options.CacheEntries);
        }
        catch
        {
            foreach (var database in opened) database.Dispose();
            throw;
        }
    }

    /// <summary>The flow sink that enriches each flow, then hands it to <paramref name="inner"/>; inner itself when there is no data.</summary>
    public IFlowSink Wrap(IFlowSink inner) => IsEmpty ? inner : new EnrichingFlowSink(this, inner, _cacheEntries);

    /// <summary>What the data says about one endpoint (no memo: <see cref="Wrap"/> keeps one); null when nothing.</summary>
    public EndpointEnrichment? Enrich(IpAddress address, bool hasMac, ulong mac)
    {
        GeoPlace? geo = null;
        AutonomousSystem? system = null;
        if (ReservedAddresses.IsPublic(address))
        {
            (geo, system) = _geo.Find(address);
            system ??= _asnDatabases.Find(address).As ?? _asnRanges?.Find(address);
        }
        string? vendor = hasMac ? _macVendors?.Find(mac) : null;
        return geo is null && system is null && vendor is null ? null : new EndpointEnrichment(geo, system, vendor);
    }

    public void Dispose()
    {
        _geo.Dispose();
        _asnDatabases.Dispose();
    }

    private static bool IsMaxMind(string path) => path.EndsWith(".mmdb", StringComparison.OrdinalIgnoreCase);

    private static List<MaxMindDatabase> OpenDatabases(IEnumerable<string> paths, List<IDisposable> opened)
    {
        var databases = new List<MaxMindDatabase>();
        foreach (string path in paths)
        {
            var database = MaxMindDatabase.Open(path);
            opened.Add(database);
            databases.Add(database);
        }
        return databases;
    }

    private static MacVendors LoadMacVendors(IReadOnlyList<string> paths)
    {
        var files = new List<string>();
        foreach (string path in paths)
        {
            if (!Directory.Exists(path))
            {
                files.Add(path);
                continue;
            }
            var inDirectory = MacVendors.RegistryFiles.Select(f => Path.Combine(path, f)).Where(File.Exists).ToList();
            if (inDirectory.Count == 0) throw new EnrichmentDataException($"{path}: holds no IEEE registry file ({string.Join(", ", MacVendors.RegistryFiles)})");
            files.AddRange(inDirectory);
        }
        return MacVendors.Load(files);
    }

    private static string Names(IEnumerable<string> names) => names.Any() ? string.Join(", ", names) : "none";
}
