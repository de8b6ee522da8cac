using System.CommandLine;
using PcapSearch.Query;
using PcapSearch.Store;

namespace PcapSearch.Cli.Verbs;

/// <summary>What every verb that asks the store takes: a KQL argument, --from/--to and --data; and how it refuses a bad query.</summary>
public sealed class QueryArguments
{
    private readonly Argument<string> _kql = new("kql") { Description = "Kibana query (KQL) choosing the flows; empty or omitted: every flow.", Arity = ArgumentArity.ZeroOrOne, DefaultValueFactory = _ => "" };
    private readonly Option<DirectoryInfo> _data = DataDirectory.Option();
    private readonly Option<string?> _from = new("--from") { Description = "Earliest @timestamp, inclusive: ISO 8601 or date math (now-15m, now/d). Default: all data." };
    private readonly Option<string?> _to = new("--to") { Description = "Latest @timestamp, exclusive; same syntax." };

    /// <summary>Adds the KQL argument after the command's own arguments, and the options.</summary>
    public void AddTo(Command command)
    {
        command.Arguments.Add(_kql);
        command.Options.Add(_data);
        command.Options.Add(_from);
        command.Options.Add(_to);
    }

    public FlowQuery Query(ParseResult parse) =>
        new() { Kql = parse.GetValue(_kql) ?? "", From = parse.GetValue(_from), To = parse.GetValue(_to) };

    public DirectoryInfo Data(ParseResult parse) => parse.GetValue(_data)!;

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
    }
}
