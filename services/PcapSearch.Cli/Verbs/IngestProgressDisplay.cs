using PcapSearch.Ingest.Indexing;
using PcapSearch.Ingest.Messages;
using PcapSearch.Store;
using Spectre.Console;

namespace PcapSearch.Cli.Verbs;

/// <summary>
/// Shows a capture's ingestion on stderr: a progress bar with MB/s and flows stored when stderr is a
/// terminal; nothing while it runs otherwise, so logs get only the summary lines.
/// </summary>
public static class IngestProgressDisplay
{
    public static CaptureRecord Run(CaptureReceived capture, Func<IProgress<CaptureRecord>?, CaptureRecord> index)
    {
        if (Console.IsErrorRedirected) return index(null);

        var console = AnsiConsole.Create(new AnsiConsoleSettings { Out = new AnsiConsoleOutput(Console.Error) });
        return console.Progress()
            .AutoClear(true)
            .Columns(new TaskDescriptionColumn(), new ProgressBarColumn(), new PercentageColumn(), new DownloadedColumn(), new TransferSpeedColumn())
            .Start(context =>
            {
                var task = context.AddTask(Markup.Escape(capture.Name), maxValue: Math.Max(capture.Size, 1));
                return index(new ProgressAction<CaptureRecord>(record =>
                {
                    task.Value = record.BytesRead;
                    task.Description = Markup.Escape($"{capture.Name}  {record.Flows:N0} flows");
                }));
            });
    }
}
