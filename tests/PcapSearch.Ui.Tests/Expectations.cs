using System.Globalization;
using Microsoft.Playwright;

namespace PcapSearch.Ui.Tests;

/// <summary>What the tests read off a page, the way the UI writes it.</summary>
public static class Expectations
{
    private static readonly NumberFormatInfo Thousands = new() { NumberGroupSeparator = ",", NumberGroupSizes = [3] };

    /// <summary>A count as the UI formats it (12,345: en-US thousands separators; the tests run in invariant mode).</summary>
    public static string Count(long count) => count.ToString("#,0", Thousands);

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
