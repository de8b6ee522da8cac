using System.CommandLine;
using System.Diagnostics;
using PcapSearch.Capture;
using PcapSearch.Flows.Engine;
using PcapSearch.Store;

namespace PcapSearch.Cli.Verbs;

/// <summary>
/// `pcapsearch ingest FILE...`: the direct path from captures to the embedded store (read, flows,
/// store), batch by batch so flows are searchable while a large capture is still being read.
/// Ingesting the same capture again replaces its flows. Exit 0 when every file was read, 2 when one
/// was refused.
/// </summary>
public static class IngestVerb
{
    public static Command Create()
    {
        var files = new Argument<FileInfo[]>("files") { Description = "Captures to ingest (pcap, pcapng, optionally gzip or zstd compressed).", Arity = ArgumentArity.OneOrMore };
        var data = DataDirectory.Option();
        var engine = new EngineArguments();
        var command = new Command("ingest", "Read captures into the data directory's store, where search finds them.") { files, data };
        engine.AddTo(command);
        command.SetAction(parse => Run(parse.GetValue(files)!, parse.GetValue(data)!, engine.Read(parse)));
        return command;
    }

    private static int Run(FileInfo[] files, DirectoryInfo data, EngineOptions options)
    {
        if (EngineArguments.FilterError(options) is { } filterError)
        {
            Console.Error.WriteLine($"pcapsearch ingest: {filterError}");
            return ExitCodes.Refused;
        }

        using var store = DataDirectory.OpenStore(data);
        int exit = ExitCodes.Ok;
        foreach (var file in files)
        {
            if (CaptureReport.IsDirectory(file))
            {
                exit = ExitCodes.Refused;
                continue;
            }
            try
            {
                var clock = Stopwatch.StartNew();
                var sink = new StoreFlowSink(store, new CaptureSource(CaptureIdentity.ContentIdOf(file.FullName), file.Name));
                var statistics = CaptureEngine.Run(file.FullName, options, sink);
                sink.Complete();
                double seconds = clock.Elapsed.TotalSeconds;
                Console.Error.WriteLine($"{file.Name}: {statistics.Packets} packets, {sink.Written} flows stored in {seconds:F1} s ({statistics.BytesRead / 1e6 / Math.Max(seconds, 1e-3):F0} MB/s)");
                CaptureReport.Warnings(file.Name, statistics, printStats: false);
            }
            catch (CaptureRefusedException e)
            {
                Console.Error.WriteLine(e.Message);
                exit = ExitCodes.Refused;
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException or BadFilterException)
            {
                Console.Error.WriteLine($"{file.Name}: {e.Message}");
                exit = ExitCodes.Refused;
            }
        }
        return exit;
    }
}
