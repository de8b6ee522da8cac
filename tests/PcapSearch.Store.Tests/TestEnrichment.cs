using PcapSearch.Enrichment;

namespace PcapSearch.Store.Tests;

/// <summary>The enrichment stage with the data set-up installed, as the worker runs it: the store tests' flows go through it.</summary>
public static class TestEnrichment
{
    private static readonly Lazy<FlowEnricher> Instance = new(() => FlowEnricher.Open(new EnrichmentOptions()));

    public static FlowEnricher Enricher => Instance.Value;
}
