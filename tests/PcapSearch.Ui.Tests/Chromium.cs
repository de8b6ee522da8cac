using Microsoft.Playwright;

namespace PcapSearch.Ui.Tests;

/// <summary>Debian's chromium under Playwright, started headless with nothing that reaches the network.</summary>
public static class Chromium
{
    public const string ExecutablePath = "/usr/bin/chromium";

    private static readonly string[] Arguments =
        ["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--no-first-run"];

    /// <summary>The browser, or why none could start (then the tests report themselves skipped with it).</summary>
    public static async Task<(IPlaywright? Playwright, IBrowser? Browser, string? Unavailable)> LaunchAsync()
    {
        if (!File.Exists(ExecutablePath))
            return (null, null, $"{ExecutablePath} is not installed (deploy/setup/prerequisites.sh test installs Debian's chromium)");
        // Never download a browser: Playwright is only given the one Debian installed.
        Environment.SetEnvironmentVariable("PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD", "1");
        IPlaywright? playwright = null;
        try
        {
            playwright = await Playwright.CreateAsync();
            var browser = await playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
            {
                ExecutablePath = ExecutablePath,
                Headless = true,
                Args = Arguments,
            });
            return (playwright, browser, null);
        }
        catch (PlaywrightException e)
        {
            playwright?.Dispose();
            return (null, null, $"chromium did not start under Playwright: {e.Message.Split('\n')[0]}");
        }
    }
}
