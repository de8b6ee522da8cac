using System.Text.RegularExpressions;
using Microsoft.Playwright;
using static PcapSearch.Ui.Tests.Expectations;

namespace PcapSearch.Ui.Tests;

[Collection(UiCollection.Name)]
public sealed class SavedSearchTests(UiHost host)
{
    [SkippableFact]
    public async Task A_saved_search_reopens_with_its_query_pills_and_columns_and_can_be_deleted()
    {
        var page = await host.OpenAsync("/?q=network.protocol%3Adns&f=-network.transport:%22udp%22&cols=@timestamp,dns.question.name");
        long count = host.Count("network.protocol:dns and not network.transport:udp");
        await ExpectHitsAsync(page, count);
        await Button(page, "Save").ClickAsync();
        var dialog = page.GetByRole(AriaRole.Dialog, new() { Name = "Save search" });
        await dialog.GetByLabel("Saved search name").FillAsync("DNS not over UDP");
        await dialog.GetByRole(AriaRole.Button, new() { Name = "Save" }).ClickAsync();
        await Assertions.Expect(page.GetByText("Saved as “DNS not over UDP”")).ToBeVisibleAsync();

        await Link(page, "Saved searches").ClickAsync();
        await Screenshots.TakeAsync(page, "saved");
        await Link(page, "DNS not over UDP").ClickAsync();
        await ExpectHitsAsync(page, count);
        await Assertions.Expect(page.GetByLabel("KQL query")).ToHaveValueAsync("network.protocol:dns");
        await Assertions.Expect(page.GetByRole(AriaRole.Listitem, new() { Name = "Filter NOT network.transport: \"udp\"", Exact = true })).ToBeVisibleAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Button, new() { Name = "Sort by dns.question.name" })).ToBeVisibleAsync();

        await Link(page, "Saved searches").ClickAsync();
        await Button(page, "Delete saved search DNS not over UDP").ClickAsync();
        await page.GetByRole(AriaRole.Dialog, new() { Name = "Delete “DNS not over UDP”?" }).GetByRole(AriaRole.Button, new() { Name = "Delete saved search" }).ClickAsync();
        await Assertions.Expect(Link(page, "DNS not over UDP")).ToHaveCountAsync(0);
        await Assertions.Expect(page).ToHaveURLAsync(new Regex("/saved$"));
    }
}
