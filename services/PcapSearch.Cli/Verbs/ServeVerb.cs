using System.CommandLine;
using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.Hosting;
using PcapSearch.Api.Hosting;
using PcapSearch.Cli.Hosting;

namespace PcapSearch.Cli.Verbs;

/// <summary>
/// `pcapsearch serve`: everything on one machine — the API (and the UI when built), the embedded store, the watched
/// folder and the worker — on 127.0.0.1 unless told otherwise; prints the URL. `pcapsearch api`: the API alone over
/// the configured store, for scale-out.
/// </summary>
public static class ServeVerb
{
    public static Command Create() => Create("serve", "Run everything on this machine: API, UI, watched folder, worker, embedded store.", serve: true);

    public static Command CreateApi() => Create("api", "Run the API role alone (scale-out: workers and watchers run elsewhere).", serve: false);

    private static Command Create(string name, string description, bool serve)
    {
        var arguments = new HostArguments(serve);
        var command = new Command(name, description);
        arguments.AddTo(command);
        command.SetAction((parse, cancellation) =>
        {
            HostSettings settings;
            try
            {
                settings = arguments.Read(parse);
            }
            catch (Exception e) when (e is FormatException or InvalidDataException or FileNotFoundException)
            {
                Console.Error.WriteLine($"pcapsearch {name}: {e.Message}");
                return Task.FromResult(ExitCodes.Refused);
            }
            return RunAsync(name, settings, cancellation);
        });
        return command;
    }

    private static async Task<int> RunAsync(string verb, HostSettings settings, CancellationToken cancellation)
    {
        settings.Data.Create();
        settings.Watch?.Create();
        using var enricher = EnrichmentArguments.Open(verb, settings.Enrichment);
        if (enricher is null) return ExitCodes.Refused;
        EnrichmentArguments.Announce(verb, enricher);
        WebApplication? started = null;
        try
        {
            started = ApiHost.Build(settings.Api, services => ServeComposition.AddRoles(services, settings, enricher));
            await started.StartAsync(cancellation);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or DuckDB.NET.Data.DuckDBException)
        {
            Console.Error.WriteLine($"pcapsearch {verb}: {e.Message}");
            if (started is not null) await started.DisposeAsync();
            return ExitCodes.Failed;
        }
        await using var app = started;
        string watching = settings.Watch is { } watch ? $", watching {watch.FullName}" : "";
        Console.WriteLine($"PcapSearch serves {ApiHost.Url(app)} (data {settings.Data.FullName}{watching})");
        if (settings.Api.AuthenticationRequired) Console.WriteLine("API keys are required: create one with `pcapsearch apikey create NAME`.");
        if (settings.Demo) await DemoCaptures.SubmitAsync(app.Services, cancellation);
        await app.WaitForShutdownAsync(cancellation);
        return ExitCodes.Ok;
    }
}
