using Microsoft.Extensions.DependencyInjection;
using PcapSearch.Ingest;

namespace PcapSearch.Cli.Hosting;

/// <summary>
/// The small captures bundled with the binary (from tests/corpus: DNS over TCP, a plain HTTP GET, HTTPS through a
/// CONNECT proxy, TLS with ALPN h2, HTTP over IPv6) that `serve --demo` submits through the intake, as an upload
/// would be, so a first-time user sees data at once. Submitting the same bytes again adds nothing.
/// </summary>
public static class DemoCaptures
{
    public static string Folder => Path.Combine(AppContext.BaseDirectory, "demo");

    /// <returns>How many were submitted; the reason on stderr when none could be.</returns>
    public static async Task<int> SubmitAsync(IServiceProvider services, CancellationToken cancellation)
    {
        if (services.GetService<ICaptureIntake>() is not { } intake)
        {
            Console.Error.WriteLine("pcapsearch serve --demo: this build has no capture intake yet, so the demo captures were not ingested.");
            return 0;
        }
        int submitted = 0;
        foreach (string path in Directory.EnumerateFiles(Folder).Order(StringComparer.Ordinal))
        {
            await using var file = File.OpenRead(path);
            await intake.SubmitAsync(file, Path.GetFileName(path), "demo", cancellation);
            submitted++;
        }
        return submitted;
    }
}
