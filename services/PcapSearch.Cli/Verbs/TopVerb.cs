using System.CommandLine;
using PcapSearch.Store;

namespace PcapSearch.Cli.Verbs;

/// <summary>
/// `pcapsearch top FIELD [KQL]`: the most frequent values of a field among the matching flows, with
/// the number of flows each, the rest summed as "(other)" and flows without the field as "(missing)".
/// </summary>
public static class TopVerb
{
    public static Command Create()
    {
        var field = new Argument<string>("field") { Description = "The field to count, e.g. destination.port, source.ip, dns.question.name." };
        var query = new QueryArguments();
        var limit = new Option<int>("--limit") { Description = "How many values to show.", DefaultValueFactory = _ => 10 };
        var command = new Command("top", "The most frequent values of a field among the stored flows.") { field, limit };
        query.AddTo(command);
        command.SetAction(parse => query.Answer(parse, "top", store => Print(store, query.Query(parse), parse.GetValue(field)!, parse.GetValue(limit))));
        return command;
    }

    private static int Print(IFlowStore store, FlowQuery query, string field, int limit)
    {
        var facets = store.Facets(query, [field], Math.Max(1, limit));
        foreach (var warning in facets.Warnings) Console.Error.WriteLine($"warning: {warning}");
        var facet = facets.Fields[0];
        foreach (var bucket in facet.Buckets) Console.WriteLine($"{bucket.Count,12}  {bucket.Value}");
        if (facet.Other > 0) Console.WriteLine($"{facet.Other,12}  (other)");
        if (facet.Missing > 0) Console.WriteLine($"{facet.Missing,12}  (missing)");
        return ExitCodes.Ok;
    }
}
