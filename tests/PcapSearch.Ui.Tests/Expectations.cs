using System.Globalization;
using Microsoft.Playwright;

namespace PcapSearch.Ui.Tests;

/// <summary>What the tests read off a page, the way the UI writes it.</summary>
public static class Expectations
{
    /// <summary>A count as the UI formats it (en-US thousands separators).</summary>
    public static string Count(long count) => count.ToString("N0", CultureInfo.GetCultureInfo("en-US"));

    /// <summary>Discover's hit count; Playwright's assertion waits until it reads the expected number.</summary>
    public static Task ExpectHitsAsync(IPage page, long count) =>
        Assertions.Expect(page.GetByTestId("hit-total")).ToHaveTextAsync(Count(count));

    public static async Task RunQueryAsync(IPage page, string kql)
    {
        var input = page.GetByLabel("KQL query");
        await input.FillAsync(kql);
        await input.PressAsync("Enter");
    }

    public static ILocator Button(IPage page, string name) => page.GetByRole(AriaRole.Button, new() { Name = name, Exact = true });

    public static ILocator Link(IPage page, string name) => page.GetByRole(AriaRole.Link, new() { Name = name, Exact = true });
}
