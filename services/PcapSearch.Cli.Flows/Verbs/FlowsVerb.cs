using System.CommandLine;
using PcapSearch.Capture;
using PcapSearch.Enrichment;
using PcapSearch.Flows;
using PcapSearch.Flows.Documents;
using PcapSearch.Flows.Engine;

namespace PcapSearch.Cli.Verbs;

/// <summary>
/// `pcapsearch flows FILE...`: the capture engine and the enrichment stage, streaming one ECS flow document per flow
/// to stdout. Warnings go to stderr. Exit 0 when every file was read (warnings allowed), 2 when a
/// file was refused or the filter is bad.
/// </summary>
public static class FlowsVerb
{
    public static Command Create()
    {
        var files = new Argument<FileInfo[]>("files") { Description = "Captures to read (pcap, pcapng, optionally gzip or zstd compressed).", Arity = ArgumentArity.OneOrMore };
        var format = new Option<string>("--format") { Description = "Output format; none reads and tracks flows without printing them (with --stats: a capture summary).", DefaultValueFactory = _ => "ndjson" };
        format.AcceptOnlyFromAmong("ndjson", "csv", "table", "none");
        var engine = new EngineArguments();
        var enrichment = new EnrichmentArguments();
        var stats = new Option<bool>("--stats") { Description = "Print each capture's statistics (packets by link type, non-IP, anomalies) to stderr as JSON." };

        var command = new Command("flows", "Print the flows of captures as ECS documents (NDJSON), CSV or a table.")
        {
            files, format, stats,
        };
        engine.AddTo(command);
        enrichment.AddTo(command);
        command.SetAction(parse => CaptureReadingAction.Run("flows", parse, engine, enrichment,
            (options, enricher) => Run(parse.GetValue(files)!, parse.GetValue(format)!, options, enricher, parse.GetValue(stats))));
        return command;
    }

    private static int Run(FileInfo[] files, string format, EngineOptions options, FlowEnricher enricher, bool printStats)
    {
        var stdout = new BufferedStream(StandardOutput.Open(), 1 << 20);
        try
        {
            return WriteFlows(files, format, options, enricher, printStats, stdout);
        }
        catch (IOException e) when (StandardOutput.IsClosedByReader(e))
        {
            return ExitCodes.Ok;
        }
        finally
        {
            try
            {
                stdout.Dispose();
            }
            catch (IOException e) when (StandardOutput.IsClosedByReader(e))
            {
            }
        }
    }

    private static int WriteFlows(FileInfo[] files, string format, EngineOptions options, FlowEnricher enricher, bool printStats, Stream stdout)
    {
        WriteHeader(format, stdout);
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
                var contentId = Task.Run(() => CaptureIdentity.ContentIdOf(file.FullName));
                CaptureStatistics statistics;
                // Enriched on the writer threads, beside reading and decoding.
                using (var sink = new BackgroundFlowSink(stdout, buffer => enricher.Wrap(
                    CreateSink(format, buffer, new CaptureSource(contentId.GetAwaiter().GetResult(), file.Name), options.Flows.CommunityIdSeed))))
                {
                    statistics = CaptureEngine.Run(file.FullName, options, sink);
                    sink.Complete();
                }
                stdout.Flush();
                CaptureReport.Warnings(file.Name, statistics, printStats);
            }
            catch (CaptureRefusedException e)
            {
                Console.Error.WriteLine(e.Message);
                exit = ExitCodes.Refused;
            }
            catch (BadFilterException e)
            {
                Console.Error.WriteLine($"{file.Name}: {e.Message}");
                exit = ExitCodes.Refused;
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException && !StandardOutput.IsClosedByReader(e))
            {
                Console.Error.WriteLine($"{file.Name}: {e.Message}");
                exit = ExitCodes.Refused;
            }
        }
        return exit;
    }

    private static void WriteHeader(string format, Stream output)
    {
        string header = format switch
        {
            "csv" => FlowCsvWriter.Header,
            "table" => FlowTableWriter.Header,
            _ => "",
        };
        output.Write(System.Text.Encoding.UTF8.GetBytes(header));
    }

    private static IFlowSink CreateSink(string format, Stream output, CaptureSource source, ushort seed) => format switch
    {
        "csv" => new FlowCsvWriter(output, source, seed),
        "table" => new FlowTableWriter(output),
        "none" => new DiscardingSink(),
        _ => new FlowDocumentWriter(output, source, seed),
    };

    private sealed class DiscardingSink : IFlowSink
    {
        public void Write(Flow flow)
        {
        }
    }

}
