using System.CommandLine;
using System.Text.Encodings.Web;
using System.Text.Json;
using PcapSearch.Store;

namespace PcapSearch.Cli.Verbs;

/// <summary>
/// `pcapsearch search [KQL]`: flows of the data directory's store matching a Kibana query, newest
/// first, as a table, NDJSON or CSV. A malformed query exits 2 with the column and what was expected.
/// </summary>
public static class SearchVerb
{
    private static readonly string[] DefaultFields =
    [
        "@timestamp", "network.transport", "network.protocol", "source.ip", "source.port",
        "destination.ip", "destination.port", "network.packets", "network.bytes",
    ];

    public static Command Create()
    {
        var query = new QueryArguments();
        var fields = new Option<string?>("--fields") { Description = "Comma-separated fields to show (default: time, transport, protocol, endpoints, packets, bytes)." };
        var limit = new Option<int>("--limit") { Description = "Most hits to print; 0 prints every hit.", DefaultValueFactory = _ => 100 };
        var format = new Option<string>("--format") { Description = "Output format.", DefaultValueFactory = _ => "table" };
        format.AcceptOnlyFromAmong("table", "ndjson", "csv");
        var command = new Command("search", "Search the stored flows with a Kibana query.") { fields, limit, format };
        query.AddTo(command);
        command.SetAction(parse =>
        {
            var chosen = parse.GetValue(fields) is { Length: > 0 } list
                ? list.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
                : DefaultFields;
            var chosenQuery = query.Query(parse) with { Fields = chosen };
            return query.Answer(parse, "search", store => Run(store, chosenQuery, parse.GetValue(limit), parse.GetValue(format)!));
        });
        return command;
    }

    private static int Run(IFlowStore store, FlowQuery query, int limit, string format)
    {
        using var output = new StreamWriter(new BufferedStream(StandardOutput.Open(), 1 << 16)) { NewLine = "\n" };
        try
        {
            return Print(store, query, output, query.Fields!, limit, format);
        }
        catch (IOException e) when (StandardOutput.IsClosedByReader(e))
        {
            return ExitCodes.Ok;
        }
    }

    /// <summary>The first page answers the warnings; every hit after it is streamed by the store's export.</summary>
    private static int Print(IFlowStore store, FlowQuery query, TextWriter output, IReadOnlyList<string> fields, int limit, string format)
    {
        var page = query with { Limit = limit is > 0 and < FlowQuery.MaxLimit ? limit : FlowQuery.MaxLimit };
        var first = store.Search(page);
        WriteHeading(output, fields, format, first.Warnings);
        var hits = first.NextCursor is null ? first.Hits : first.Hits.Concat(store.Export(page with { After = first.NextCursor }));
        foreach (var hit in limit > 0 ? hits.Take(limit) : hits) output.WriteLine(Format(hit, fields, format));
        return ExitCodes.Ok;
    }

    private static void WriteHeading(TextWriter output, IReadOnlyList<string> fields, string format, IReadOnlyList<string> warnings)
    {
        foreach (var warning in warnings) Console.Error.WriteLine($"warning: {warning}");
        if (format == "csv") output.WriteLine(string.Join(',', fields.Select(Csv)));
        if (format == "table") output.WriteLine(string.Join('\t', fields));
    }

    private static readonly JsonSerializerOptions Json = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    private static string Format(FlowHit hit, IReadOnlyList<string> fields, string format) => format switch
    {
        "ndjson" => JsonSerializer.Serialize(fields.Where(hit.Fields.ContainsKey).ToDictionary(f => f, f => hit.Fields[f]), Json),
        "csv" => string.Join(',', fields.Select(f => Csv(Text(hit, f)))),
        _ => string.Join('\t', fields.Select(f => Text(hit, f))),
    };

    private static string Text(FlowHit hit, string field) =>
        !hit.Fields.TryGetValue(field, out var value) ? ""
        : value is System.Collections.IEnumerable list and not string ? string.Join(';', list.Cast<object>())
        : Convert.ToString(value, System.Globalization.CultureInfo.InvariantCulture) ?? "";

    private static string Csv(string value) =>
        value.AsSpan().IndexOfAny(",\"\r\n") < 0 ? value : "\"" + value.Replace("\"", "\"\"") + "\"";
}
