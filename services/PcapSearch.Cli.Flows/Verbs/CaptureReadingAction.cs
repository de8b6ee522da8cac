using System.CommandLine;
using PcapSearch.Enrichment;
using PcapSearch.Flows.Engine;

namespace PcapSearch.Cli.Verbs;

/// <summary>What every verb that reads captures does before reading: refuse a capture filter that does not compile and enrichment data that cannot be opened, each named after the verb.</summary>
public static class CaptureReadingAction
{
    /// <returns><see cref="ExitCodes.Refused"/> when the options are refused, else what <paramref name="run"/> returns.</returns>
    public static int Run(string verb, ParseResult parse, EngineArguments engine, EnrichmentArguments enrichment, Func<EngineOptions, FlowEnricher, int> run)
    {
        var options = engine.Read(parse);
        if (EngineArguments.FilterError(options) is { } filterError)
        {
            Console.Error.WriteLine($"pcapsearch {verb}: {filterError}");
            return ExitCodes.Refused;
        }
        using var enricher = enrichment.Open(verb, parse);
        return enricher is null ? ExitCodes.Refused : run(options, enricher);
    }
}
