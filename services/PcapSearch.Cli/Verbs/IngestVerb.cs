using System.CommandLine;
using System.Diagnostics;
using PcapSearch.Flows.Engine;
using PcapSearch.Ingest.Indexing;
using PcapSearch.Store;

namespace PcapSearch.Cli.Verbs;

/// <summary>
/// `pcapsearch ingest FILE...`: captures into the data directory's store through the same
/// <see cref="CaptureIndexer"/> the workers use (catalog record with source <c>cli</c>, flows written a
/// batch at a time so they are searchable while a large capture is still being read). Ingesting the same
/// capture again replaces its flows. Exit 0 when every file was read, 2 when one was refused.
/// </summary>
public static class IngestVerb
{
    public static Command Create()
    {
        var files = new Argument<FileInfo[]>("files") { Description = "Captures to ingest (pcap, pcapng, optionally gzip or zstd compressed).", Arity = ArgumentArity.OneOrMore };
        var data = DataDirectory.Option();
        var engine = new EngineArguments();
        var enrichment = new EnrichmentArguments();
        var command = new Command("ingest", "Read captures into the data directory's store, where search finds them.") { files, data };
        engine.AddTo(command);
        enrichment.AddTo(command);
        command.SetAction(parse => CaptureReadingAction.Run("ingest", parse, engine, enrichment,
            (options, enricher) => Run(parse.GetValue(files)!, parse.GetValue(data)!, new IndexerOptions { Engine = options, Enricher = enricher })));
        return command;
    }

    private static int Run(FileInfo[] files, DirectoryInfo data, IndexerOptions options)
    {
        using var store = OpenStore(data);
        if (store is null) return ExitCodes.Failed;
        var indexer = new CaptureIndexer(store, options);
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
                var (capture, sha256) = CaptureInPlace.Hashing(file.FullName, "cli");
                var record = IngestProgressDisplay.Run(capture, progress => indexer.Index(capture, progress));
                store.UpsertCapture(record = record with { Sha256 = sha256.GetAwaiter().GetResult() });
                if (record.Status == CaptureStatus.Failed)
                {
                    Console.Error.WriteLine(record.FailureReason);
                    exit = ExitCodes.Refused;
                    continue;
                }
                double seconds = clock.Elapsed.TotalSeconds;
                Console.Error.WriteLine($"{file.Name}: {record.Packets} packets, {record.Flows} flows stored in {seconds:F1} s ({record.BytesRead / 1e6 / Math.Max(seconds, 1e-3):F0} MB/s)");
                foreach (var warning in record.Warnings) Console.Error.WriteLine($"{file.Name}: warning: {warning}");
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException or BadFilterException)
            {
                Console.Error.WriteLine($"{file.Name}: {e.Message}");
                exit = ExitCodes.Refused;
            }
        }
        return exit;
    }

    private static IFlowStore? OpenStore(DirectoryInfo data)
    {
        try
        {
            return DataDirectory.OpenStore(data);
        }
        catch (DataDirectoryInUseException e)
        {
            Console.Error.WriteLine($"pcapsearch ingest: {e.Message} (a running serve takes captures by upload, POST /api/captures, or from its watched folder)");
            return null;
        }
        catch (IOException e)
        {
            Console.Error.WriteLine($"pcapsearch ingest: {e.Message}");
            return null;
        }
    }
}
