using System.CommandLine;
using PcapSearch.Cli.Remote;
using PcapSearch.Query;
using PcapSearch.Store;

namespace PcapSearch.Cli.Verbs;

/// <summary>
/// What every verb that asks the store takes: a KQL argument, --from/--to, and --data or --server (a running
/// instance, asked through its API: the verb prints the same either way); and how it refuses a bad query.
/// </summary>
public sealed class QueryArguments
{
    private readonly Argument<string> _kql = new("kql") { Description = "Kibana query (KQL) choosing the flows; empty or omitted: every flow.", Arity = ArgumentArity.ZeroOrOne, DefaultValueFactory = _ => "" };
    private readonly Option<DirectoryInfo> _data = DataDirectory.Option();
    private readonly Option<string?> _from = new("--from") { Description = "Earliest @timestamp, inclusive: ISO 8601 or date math (now-15m, now/d). Default: all data." };
    private readonly Option<string?> _to = new("--to") { Description = "Latest @timestamp, exclusive; same syntax." };
    private readonly Option<string?> _server = new("--server")
    {
        Description = "Ask a running pcapsearch (serve or api) at this URL instead of opening the data directory (default: $PCAPSEARCH_SERVER; key from $PCAPSEARCH_API_KEY).",
        DefaultValueFactory = _ => Environment.GetEnvironmentVariable("PCAPSEARCH_SERVER") is { Length: > 0 } url ? url : null,
    };

    /// <summary>Adds the KQL argument after the command's own arguments, and the options.</summary>
    public void AddTo(Command command)
    {
        command.Arguments.Add(_kql);
        command.Options.Add(_data);
        command.Options.Add(_from);
        command.Options.Add(_to);
        command.Options.Add(_server);
    }

    public FlowQuery Query(ParseResult parse) =>
        new() { Kql = parse.GetValue(_kql) ?? "", From = parse.GetValue(_from), To = parse.GetValue(_to) };

    public DirectoryInfo Data(ParseResult parse) => parse.GetValue(_data)!;

    /// <summary>Runs a query verb over the store it names (see <see cref="OpenStore"/>), refusing a bad query as <see cref="Answer(string, Func{int})"/> does.</summary>
    public int Answer(ParseResult parse, string verb, Func<IFlowStore, int> answer) => Answer(verb, () =>
    {
        using var store = OpenStore(parse);
        return answer(store);
    });

    /// <summary>The server's store through its API when --server is given, else the data directory's embedded store.</summary>
    public IFlowStore OpenStore(ParseResult parse)
    {
        if (parse.GetValue(_server) is not { Length: > 0 } server) return DataDirectory.OpenStore(Data(parse));
        if (!Uri.TryCreate(server, UriKind.Absolute, out var url) || url.Scheme is not ("http" or "https"))
        {
            throw new ServerException($"'{server}' is not an http:// or https:// URL.");
        }
        return new ApiFlowStore(url, Environment.GetEnvironmentVariable("PCAPSEARCH_API_KEY"));
    }

    /// <summary>Runs a query verb: a malformed or unanswerable query exits 2 with the reason (the column, for KQL).</summary>
    public static int Answer(string verb, Func<int> answer)
    {
        try
        {
            return answer();
        }
        catch (KqlSyntaxException e)
        {
            Console.Error.WriteLine(e.Message);
            return ExitCodes.Refused;
        }
        catch (FlowQueryException e)
        {
            Console.Error.WriteLine($"pcapsearch {verb}: {e.Message}");
            return ExitCodes.Refused;
        }
        catch (Exception e) when (e is ServerException or IOException)
        {
            Console.Error.WriteLine($"pcapsearch {verb}: {e.Message}");
            return ExitCodes.Failed;
        }
    }
}
