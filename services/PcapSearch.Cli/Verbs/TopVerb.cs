using System.CommandLine;
using PcapSearch.Store;

namespace PcapSearch.Cli.Verbs;

/// <summary>
/// `pcapsearch top FIELD [KQL]`: the most frequent values of a field among the matching flows, with
/// the number of flows each, the rest summed as "(other)" and flows without the field as "(missing)".
/// `--by in|out` ranks the values of a source.* or destination.* field by the bytes each received or sent
/// instead (PcapViz's frequent talkers): for source.ip out is source.bytes and in is destination.bytes.
/// </summary>
public static class TopVerb
{
    public static Command Create()
    {
        var field = new Argument<string>("field") { Description = "The field to count, e.g. destination.port, source.ip, dns.question.name." };
        var query = new QueryArguments();
        var limit = new Option<int>("--limit") { Description = "How many values to show.", DefaultValueFactory = _ => 10 };
        var by = new Option<string?>("--by") { Description = "Rank a source.* or destination.* field's values by the bytes each received (in) or sent (out) instead of by flows." };
        by.AcceptOnlyFromAmong("in", "out");
        var command = new Command("top", "The most frequent values of a field among the stored flows.") { field, limit, by };
        query.AddTo(command);
        command.SetAction(parse => query.Answer(parse, "top", store => Print(store, query.Query(parse), parse.GetValue(field)!, parse.GetValue(limit), parse.GetValue(by))));
        return command;
    }

    /// <summary>The bytes a value of the field received (in) or sent (out): its own side's bytes are what it sent.</summary>
    private static string? Weight(string field, string? by)
    {
        if (by is null) return null;
        string? side = field.StartsWith("source.", StringComparison.Ordinal) ? "source"
            : field.StartsWith("destination.", StringComparison.Ordinal) ? "destination"
            : null;
        if (side is null) throw new FlowQueryException($"--by {by} needs a source.* or destination.* field (source.ip, destination.mac, ...), not '{field}'.");
        string other = side == "source" ? "destination" : "source";
        return (by == "out" ? side : other) + ".bytes";
    }

    private static int Print(IFlowStore store, FlowQuery query, string field, int limit, string? by)
    {
        var facets = store.Facets(query, [field], Math.Max(1, limit), Weight(field, by));
        foreach (var warning in facets.Warnings) Console.Error.WriteLine($"warning: {warning}");
        var facet = facets.Fields[0];
        foreach (var bucket in facet.Buckets) Console.WriteLine($"{bucket.Count,12}  {bucket.Value}");
        if (facet.Other > 0) Console.WriteLine($"{facet.Other,12}  (other)");
        if (facet.Missing > 0) Console.WriteLine($"{facet.Missing,12}  (missing)");
        return ExitCodes.Ok;
    }
}
