using System.CommandLine;
using PcapSearch.Cli.Verbs;

var root = new RootCommand("PcapSearch: search every conversation in your packet captures.");
root.Subcommands.Add(FlowsVerb.Create());
return root.Parse(args).Invoke();
