using System.CommandLine;
using PcapSearch.Cli.Verbs;

var root = new RootCommand("PcapSearch's verbs compiled to native code; ./pcapsearch runs them, and the rest, for you.");
root.Subcommands.Add(FlowsVerb.Create());
// As in the CLI: an argument starting with @ is a file name, never a response file.
return root.Parse(args, new ParserConfiguration { ResponseFileTokenReplacer = null }).Invoke();
