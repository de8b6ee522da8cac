using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;
using PcapSearch.Api;
using PcapSearch.Api.Hosting;
using PcapSearch.Cli.Hosting;
using PcapSearch.Enrichment;
using PcapSearch.Ingest;
using PcapSearch.Store;
using PcapSearch.Testing;

namespace PcapSearch.Ui.Tests;

/// <summary>
/// The UI as a user meets it: ui/dist built by ui/build.sh, served by the real API host composed as `serve` composes
/// it (embedded store in a temp data directory, intake, in-process worker) on 127.0.0.1 with a free port, holding
/// corpus captures submitted through the intake; and Debian's chromium under Playwright.
/// </summary>
public sealed class UiHost : IAsyncLifetime
{
    /// <summary>A capture with a few hundred flows over several days (so "load more" and the histogram have work), and small ones of DNS, HTTP, TLS, IPv6 and SMB.</summary>
    public static readonly string[] Captures =
    [
        "arkime/arkime_synthetic.pcap", "arkime/dns-tcp.pcap", "arkime/http-simple-get.pcap",
        "arkime/https-connect.pcap", "arkime/v6-http.pcap", "arkime/wireshark-smb-on-windows10.pcap",
    ];

    private WebApplication? _app;
    private IPlaywright? _playwright;
    private string? _data;

    public Uri Url { get; private set; } = null!;

    public IFlowStore Store => _app!.Services.GetRequiredService<IFlowStore>();

    public IBrowser? Browser { get; private set; }

    /// <summary>Why no browser could run here; null when one did.</summary>
    public string? BrowserUnavailable { get; private set; }

    public async Task InitializeAsync()
    {
        await UiBuild.EnsureBuiltAsync();
        _data = Directory.CreateTempSubdirectory("pcapsearch-ui-").FullName;
        var api = new ApiOptions { DataDirectory = _data, Port = 0, UiDirectory = UiBuild.Dist, LogLevel = Serilog.Events.LogEventLevel.Warning };
        var settings = new HostSettings(new DirectoryInfo(_data), new DirectoryInfo(Path.Combine(_data, "watch")), Demo: false, api, new EnrichmentOptions());
        settings.Watch!.Create();
        _app = ApiHost.Build(api, services => ServeComposition.AddRoles(services, settings, FlowEnricher.None));
        await _app.StartAsync();
        Url = ApiHost.Url(_app);
        var intake = _app.Services.GetRequiredService<ICaptureIntake>();
        foreach (string capture in Captures)
        {
            await using var file = File.OpenRead(TestCorpus.PathOf(capture));
            var record = await intake.SubmitAsync(file, Path.GetFileName(capture), "test");
            await WaitIndexedAsync(record.Id);
        }
        (_playwright, Browser, BrowserUnavailable) = await Chromium.LaunchAsync();
    }

    /// <summary>Waits for the in-process worker to finish a capture (a wait with a generous limit, not a timing assertion).</summary>
    public async Task<CaptureRecord> WaitIndexedAsync(string id)
    {
        var deadline = DateTime.UtcNow.AddMinutes(2);
        while (true)
        {
            var record = Store.Capture(id);
            if (record is { Status: CaptureStatus.Done or CaptureStatus.DoneWithWarnings or CaptureStatus.Failed }) return record;
            if (DateTime.UtcNow > deadline) throw new TimeoutException($"capture {id} is still {record?.Status} after two minutes");
            await Task.Delay(100);
        }
    }

    /// <summary>How many flows the store itself counts for a query, the number the UI must show.</summary>
    public long Count(string kql, params string[] captures) =>
        Store.Search(new FlowQuery { Kql = kql, Limit = 1, Captures = captures.Length == 0 ? null : captures }).Total;

    /// <summary>A fresh page at 1280x800 (the size the UI is laid out for); skips the test when no browser can run.</summary>
    public async Task<IPage> OpenAsync(string path)
    {
        Skip.If(Browser is null, BrowserUnavailable);
        var context = await Browser!.NewContextAsync(new BrowserNewContextOptions { ViewportSize = new ViewportSize { Width = 1280, Height = 800 }, BaseURL = Url.ToString() });
        context.SetDefaultTimeout(30_000);
        var page = await context.NewPageAsync();
        await page.GotoAsync(path);
        return page;
    }

    public async Task DisposeAsync()
    {
        if (Browser is not null) await Browser.DisposeAsync();
        _playwright?.Dispose();
        if (_app is not null)
        {
            await _app.StopAsync();
            await _app.DisposeAsync();
        }
        if (_data is not null)
        {
            try { Directory.Delete(_data, recursive: true); } catch (IOException) { }
        }
    }
}

[CollectionDefinition(Name)]
public sealed class UiCollection : ICollectionFixture<UiHost>
{
    public const string Name = "ui";
}
