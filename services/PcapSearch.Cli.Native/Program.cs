using System.CommandLine;
using PcapSearch.Cli.Verbs;

var root = new RootCommand("PcapSearch's verbs compiled to native code; ./pcapsearch runs them, and the rest, for you.");
root.Subcommands.Add(FlowsVerb.Create());
return PcapSearch.Cli.CommandLineRunner.Run(root, args);
