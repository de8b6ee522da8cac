using System.CommandLine;
using PcapSearch.Enrichment;

namespace PcapSearch.Cli.Verbs;

/// <summary>
/// Where the enrichment stage (GeoIP, ASN, MAC vendor) reads its data, as flags of the verbs that write documents:
/// a flag beats its PCAPSEARCH_* variable, which beats what set-up installed (docs/enrichment.md).
/// </summary>
public sealed class EnrichmentArguments
{
    public const string GeoIpVariable = "PCAPSEARCH_GEOIP";
    public const string AsnVariable = "PCAPSEARCH_ASN";
    public const string MacVendorsVariable = "PCAPSEARCH_MAC_VENDORS";

    public const string GeoIpHelp = "MaxMind DB files (GeoIP2/GeoLite2 City or Country, ip-location-db): repeat, or separate with commas; the first that has a field gives it. Default: the GeoLite2 City and country files set-up installed.";
    public const string AsnHelp = "ASN data: GeoLite2-ASN style .mmdb files or ip-location-db ASN CSV ranges. Default: the ip-location-db ASN CSVs set-up installed.";
    public const string MacVendorsHelp = "The IEEE registry: a directory holding oui.csv, mam.csv, oui36.csv, or those files. Default /usr/share/ieee-data.";

    private readonly Option<string[]> _geoIp = new("--geoip") { Description = GeoIpHelp + $" [env {GeoIpVariable}]" };
    private readonly Option<string[]> _asn = new("--asn") { Description = AsnHelp + $" [env {AsnVariable}]" };
    private readonly Option<string[]> _macVendors = new("--mac-vendors") { Description = MacVendorsHelp + $" [env {MacVendorsVariable}]" };
    private readonly Option<bool> _none = new("--no-enrichment") { Description = "Write flows without GeoIP, AS and MAC vendor fields." };

    public void AddTo(Command command)
    {
        foreach (var option in new Option[] { _geoIp, _asn, _macVendors, _none }) command.Options.Add(option);
    }

    /// <summary>The enrichment stage the flags ask for, or null after a one-line error naming the file that cannot be used.</summary>
    public FlowEnricher? Open(string verb, ParseResult parse) =>
        parse.GetValue(_none)
            ? FlowEnricher.None
            : Open(verb, new EnrichmentOptions
            {
                GeoIp = Paths(parse.GetValue(_geoIp), GeoIpVariable),
                Asn = Paths(parse.GetValue(_asn), AsnVariable),
                MacVendors = Paths(parse.GetValue(_macVendors), MacVendorsVariable),
            });

    /// <summary>Opens the data, saying once on stderr when there is none at all; null after a one-line error.</summary>
    public static FlowEnricher? Open(string verb, EnrichmentOptions options)
    {
        try
        {
            var enricher = FlowEnricher.Open(options);
            if (enricher.Warning is { } warning) Console.Error.WriteLine($"pcapsearch {verb}: warning: {warning}");
            return enricher;
        }
        catch (EnrichmentDataException e)
        {
            Console.Error.WriteLine($"pcapsearch {verb}: {e.Message}");
            return null;
        }
    }

    /// <summary>Says which data a long-running role enriches with, one line per kind.</summary>
    public static void Announce(string verb, FlowEnricher enricher)
    {
        foreach (string line in enricher.Describe()) Console.WriteLine($"pcapsearch {verb}: enrichment {line}");
    }

    private static IReadOnlyList<string>? Paths(string[]? flags, string variable) =>
        flags is { Length: > 0 }
            ? EnrichmentOptions.ParsePaths(string.Join(',', flags))
            : EnrichmentOptions.ParsePaths(Environment.GetEnvironmentVariable(variable));
}
