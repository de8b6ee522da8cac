using PcapSearch.Api;
using PcapSearch.Enrichment;

namespace PcapSearch.Cli.Hosting;

/// <summary>What `serve` and `api` run with, resolved from flags, PCAPSEARCH_* variables and appsettings (in that order of precedence).</summary>
/// <param name="Watch">The folder the watcher takes captures from (serve only).</param>
/// <param name="Demo">Ingest the bundled demo captures on start (serve only).</param>
/// <param name="Enrichment">Where the enrichment stage of the captures this role indexes reads its data.</param>
public sealed record HostSettings(DirectoryInfo Data, DirectoryInfo? Watch, bool Demo, ApiOptions Api, EnrichmentOptions Enrichment);
