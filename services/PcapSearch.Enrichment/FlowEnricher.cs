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
    private readonly IReadOnlyList<string> _asnCsv;
    private readonly Lazy<AsnRanges>? _asnRanges;
    private readonly IReadOnlyList<string> _macFiles;
    private readonly Task<MacVendors>? _macVendors;
    private readonly int _cacheEntries;

    /// <summary>
    /// The CSV registries parse in the background: the ASN ranges (about a third of a second of CPU the first time, a
    /// few milliseconds from <see cref="AsnRangesCache"/> after) when the first public address needs them, so captures
    /// of private networks never pay for them; the MAC vendors at once, as nearly every flow has a MAC.
    /// </summary>
    private FlowEnricher(GeoIpDatabases geo, GeoIpDatabases asnDatabases, IReadOnlyList<string> asnCsv, IReadOnlyList<string> macFiles, int cacheEntries, string cacheDirectory)
    {
        (_geo, _asnDatabases, _asnCsv, _macFiles, _cacheEntries) = (geo, asnDatabases, asnCsv, macFiles, cacheEntries);
        if (asnCsv.Count > 0) _asnRanges = new Lazy<AsnRanges>(() => AsnRangesCache.Load(asnCsv, cacheDirectory));
        if (macFiles.Count > 0) _macVendors = Task.Run(() => MacVendors.Load(macFiles));
    }

    /// <summary>An enricher with no data: flows pass unchanged.</summary>
    public static FlowEnricher None { get; } = new(new([]), new([]), [], [], 0, "");

    /// <summary>Whether there is no data of any kind, so flows pass unchanged.</summary>
    public bool IsEmpty => _geo.Databases.Count == 0 && _asnDatabases.Databases.Count == 0 && _asnCsv.Count == 0 && _macFiles.Count == 0;

    /// <summary>The files in use, by kind (GeoIP, ASN, MAC vendors), with the licence files beside each.</summary>
    public IReadOnlyList<EnrichmentSource> Sources() =>
    [
        .. _geo.Databases.Select(d => EnrichmentSource.Of(EnrichmentSource.Kinds.GeoIp, d.Path)),
        .. _asnDatabases.Databases.Select(d => d.Path).Concat(_asnCsv).Select(path => EnrichmentSource.Of(EnrichmentSource.Kinds.Asn, path)),
        .. _macFiles.Select(path => EnrichmentSource.Of(EnrichmentSource.Kinds.MacVendors, path)),
    ];

    /// <summary>One line per kind of data: the files in use, or that none is.</summary>
    public IReadOnlyList<string> Describe()
    {
        var sources = Sources();
        string Files(string kind) => Names(sources.Where(s => s.Kind == kind).Select(s => s.Path));
        return
        [
            "GeoIP: " + Files(EnrichmentSource.Kinds.GeoIp),
            "ASN: " + Files(EnrichmentSource.Kinds.Asn),
            "MAC vendors: " + Files(EnrichmentSource.Kinds.MacVendors),
        ];
    }

    /// <summary>
    /// What is missing, as the one warning to give when no data of any kind was configured nor installed (null otherwise).
    /// </summary>
    public string? Warning => IsEmpty
        ? "no GeoIP, ASN or MAC vendor data found (deploy/setup/prerequisites.sh runtime installs it; see docs/enrichment.md): flows are written without geo, as and vendor fields"
        : null;

    /// <summary>
    /// Opens the data the options name, or what set-up installed where they name none. The CSV registries are checked
    /// here and parsed later (see the constructor): a bad line further in fails the first lookup that needs it.
    /// </summary>
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
            AsnRanges.CheckFormat(csv);
            var macFiles = MacVendorFiles(options.MacVendors ?? InstalledData.MacVendors);
            MacVendors.CheckFormat(macFiles);
            return new FlowEnricher(geo, asnDatabases, csv, macFiles, options.CacheEntries, options.IndexDirectory);
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
            system ??= _asnDatabases.Find(address).As ?? _asnRanges?.Value.Find(address);
        }
        string? vendor = hasMac && _macVendors is not null ? Loaded(_macVendors).Find(mac) : null;
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

    /// <summary>Waits for a registry loading in the background; its failure escapes as it was thrown.</summary>
    private static T Loaded<T>(Task<T> loading) => loading.GetAwaiter().GetResult();

    /// <summary>The registry files the user named, directories replaced by the files in them.</summary>
    private static List<string> MacVendorFiles(IReadOnlyList<string> paths)
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
        return files;
    }

    private static string Names(IEnumerable<string> names) => names.Any() ? string.Join(", ", names) : "none";
}
