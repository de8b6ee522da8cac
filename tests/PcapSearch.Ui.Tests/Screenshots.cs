using Microsoft.Playwright;

namespace PcapSearch.Ui.Tests;

/// <summary>
/// Each view's test leaves a screenshot: in the test output's screenshots/ folder, or in the folder
/// PCAPSEARCH_UI_SCREENSHOTS names, relative to the source tree (docs/images refreshes the documentation's pictures).
/// </summary>
public static class Screenshots
{
    public static async Task TakeAsync(IPage page, string name)
    {
        string folder = Environment.GetEnvironmentVariable("PCAPSEARCH_UI_SCREENSHOTS") is { Length: > 0 } chosen
            ? Path.GetFullPath(chosen, UiBuild.Root)
            : Path.Combine(AppContext.BaseDirectory, "screenshots");
        Directory.CreateDirectory(folder);
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(folder, name + ".png") });
    }
}
