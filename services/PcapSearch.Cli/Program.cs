using System.CommandLine;
using PcapSearch.Cli.Verbs;

var root = new RootCommand("PcapSearch: search every conversation in your packet captures.\n\n" + PcapSearch.Cli.EnvironmentHelp.Text());
root.Subcommands.Add(FlowsVerb.Create());
root.Subcommands.Add(IngestVerb.Create());
root.Subcommands.Add(SearchVerb.Create());
root.Subcommands.Add(TopVerb.Create());
root.Subcommands.Add(CaptureVerb.Create());
root.Subcommands.Add(ServeVerb.Create());
root.Subcommands.Add(ServeVerb.CreateApi());
root.Subcommands.Add(ApiKeyVerb.Create());
root.Subcommands.Add(HostsVerb.Create());
root.Subcommands.Add(WatchVerb.Create());
root.Subcommands.Add(WorkerVerb.Create());
root.Subcommands.Add(GraphVerb.Create());
return PcapSearch.Cli.CommandLineRunner.Run(root, args);
