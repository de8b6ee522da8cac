using System.Text.RegularExpressions;
using Microsoft.Playwright;
using PcapSearch.Store;
using static PcapSearch.Ui.Tests.Expectations;

namespace PcapSearch.Ui.Tests;

[Collection(UiCollection.Name)]
public sealed class DiscoverTests(UiHost host)
{
    [SkippableFact]
    public async Task Typing_a_query_shows_the_count_the_API_gives_for_it()
    {
        var page = await host.OpenAsync("/");
        await ExpectHitsAsync(page, host.Count(""));
        await RunQueryAsync(page, "network.protocol:dns");
        await ExpectHitsAsync(page, host.Count("network.protocol:dns"));
        await Assertions.Expect(page).ToHaveURLAsync(new Regex("q=network.protocol%3Adns"));
        await Screenshots.TakeAsync(page, "discover");
    }

    [SkippableFact]
    public async Task The_keyboard_alone_runs_a_query_and_opens_and_closes_a_flow()
    {
        var page = await host.OpenAsync("/");
        await ExpectHitsAsync(page, host.Count(""));
        await page.Locator("body").PressAsync("/");
        await Assertions.Expect(page.GetByLabel("KQL query")).ToBeFocusedAsync();
        await page.Keyboard.TypeAsync("network.transport:udp");
        await page.Keyboard.PressAsync("Enter");
        await ExpectHitsAsync(page, host.Count("network.transport:udp"));
        await page.Locator("table.hits tbody tr").First.FocusAsync();
        await page.Keyboard.PressAsync("Enter");
        var flyout = page.GetByRole(AriaRole.Dialog, new() { Name = "Flow details" });
        await Assertions.Expect(flyout.Locator(".community-id")).ToBeVisibleAsync();
        await Assertions.Expect(flyout.GetByRole(AriaRole.Button, new() { Name = "Close flow details" })).ToBeFocusedAsync();
        await page.Keyboard.PressAsync("Escape");
        await Assertions.Expect(flyout).ToHaveCountAsync(0);
    }

    [SkippableFact]
    public async Task A_malformed_query_shows_the_column_and_a_caret_under_it()
    {
        var page = await host.OpenAsync("/");
        await RunQueryAsync(page, "source.ip:(");
        var error = page.GetByRole(AriaRole.Alert, new() { Name = "Query error" });
        await Assertions.Expect(error).ToContainTextAsync("Malformed KQL at column 12");
        await Assertions.Expect(error.Locator("pre")).ToHaveTextAsync("source.ip:(\n           ^");
        await Screenshots.TakeAsync(page, "discover-kql-error");
    }

    [SkippableFact]
    public async Task The_caret_points_into_the_typed_text_when_pills_are_sent_with_it()
    {
        var page = await host.OpenAsync("/?f=network.transport:%22udp%22");
        await RunQueryAsync(page, "dns and (");
        var error = page.GetByRole(AriaRole.Alert, new() { Name = "Query error" });
        await Assertions.Expect(error.Locator("pre")).ToHaveTextAsync("dns and (\n         ^");
    }

    [SkippableFact]
    public async Task A_facet_value_becomes_a_pill_that_narrows_the_hits_and_can_be_negated_disabled_and_removed()
    {
        var page = await host.OpenAsync("/");
        await Button(page, "Top values of network.transport").ClickAsync();
        await Button(page, "Filter for network.transport: udp").ClickAsync();
        var pill = page.GetByRole(AriaRole.Listitem, new() { Name = "Filter network.transport: \"udp\"", Exact = true });
        await Assertions.Expect(pill).ToBeVisibleAsync();
        await ExpectHitsAsync(page, host.Count("network.transport:udp"));

        await RunQueryAsync(page, "network.protocol:dns");
        await ExpectHitsAsync(page, host.Count("network.protocol:dns and network.transport:udp"));
        await Screenshots.TakeAsync(page, "discover-pills");

        await Button(page, "Exclude network.transport").ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Listitem, new() { Name = "Filter NOT network.transport: \"udp\"", Exact = true })).ToBeVisibleAsync();
        await ExpectHitsAsync(page, host.Count("network.protocol:dns and not network.transport:udp"));

        await Button(page, "Disable network.transport").ClickAsync();
        await ExpectHitsAsync(page, host.Count("network.protocol:dns"));

        await Button(page, "Remove filter network.transport").ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.List, new() { Name = "Filters" })).ToHaveCountAsync(0);
    }

    [SkippableFact]
    public async Task A_flow_opens_in_a_flyout_with_every_field_and_its_Community_ID()
    {
        var first = host.Store.Search(new FlowQuery { Kql = "network.protocol:http", Limit = 1 }).Hits[0];
        var page = await host.OpenAsync("/?q=network.protocol%3Ahttp");
        await Button(page, $"Open flow {first.Id}").ClickAsync();
        var flyout = page.GetByRole(AriaRole.Dialog, new() { Name = "Flow details" });
        await Assertions.Expect(flyout.Locator(".community-id code")).ToHaveTextAsync((string)first.Fields["network.community_id"]!);
        await Assertions.Expect(flyout.GetByRole(AriaRole.Table, new() { Name = "Flow fields" }).Locator("tr")).ToHaveCountAsync(first.Fields.Count);
        await Screenshots.TakeAsync(page, "discover-flyout");

        string destination = (string)first.Fields["destination.ip"]!;
        await flyout.GetByRole(AriaRole.Button, new() { Name = $"Filter out destination.ip: {destination}", Exact = true }).ClickAsync();
        await ExpectHitsAsync(page, host.Count($"network.protocol:http and not destination.ip:\"{destination}\""));

        await page.Keyboard.PressAsync("Escape");
        await Assertions.Expect(flyout).ToHaveCountAsync(0);
    }

    [SkippableFact]
    public async Task Load_more_pages_through_the_cursor()
    {
        long total = host.Count("");
        Assert.True(total > 100, "the corpus should give more than one page");
        var page = await host.OpenAsync("/");
        var rows = page.GetByRole(AriaRole.Table, new() { Name = "Flows" }).Locator("tbody tr");
        await Assertions.Expect(rows).ToHaveCountAsync(100);
        await Button(page, "Load 100 more").ClickAsync();
        await Assertions.Expect(rows).ToHaveCountAsync((int)Math.Min(200, total));
    }

    [SkippableFact]
    public async Task Sorting_by_a_column_puts_the_largest_flow_first()
    {
        var largest = host.Store.Search(new FlowQuery { SortField = "network.bytes", Direction = SortDirection.Descending, Limit = 1 }).Hits[0];
        var page = await host.OpenAsync("/");
        await page.GetByRole(AriaRole.Button, new() { Name = "Sort by network.bytes" }).ClickAsync();
        await Assertions.Expect(page).ToHaveURLAsync(new Regex("sort=network.bytes"));
        await Assertions.Expect(Button(page, $"Open flow {largest.Id}")).ToBeVisibleAsync();
        string firstRowFlow = (await page.Locator("table.hits tbody tr").First.Locator("button").GetAttributeAsync("aria-label"))!;
        Assert.Equal($"Open flow {largest.Id}", firstRowFlow);
    }

    [SkippableFact]
    public async Task Brushing_the_histogram_sets_the_time_range_and_keeps_the_query()
    {
        var page = await host.OpenAsync("/?q=network.transport%3Atcp");
        await ExpectHitsAsync(page, host.Count("network.transport:tcp"));
        var chart = page.GetByRole(AriaRole.Img, new() { Name = "Flows over time: drag across the bars to narrow the time range" });
        var box = (await chart.BoundingBoxAsync())!;
        await page.Mouse.MoveAsync(box.X + 60, box.Y + box.Height / 2);
        await page.Mouse.DownAsync();
        await page.Mouse.MoveAsync(box.X + box.Width * 0.6f, box.Y + box.Height / 2, new() { Steps = 8 });
        await page.Mouse.UpAsync();
        await Assertions.Expect(page).ToHaveURLAsync(new Regex("from=.*&to="));
        var url = new Uri(page.Url);
        var query = System.Web.HttpUtility.ParseQueryString(url.Query);
        Assert.Equal("network.transport:tcp", query["q"]);
        long expected = host.Store.Search(new FlowQuery { Kql = "network.transport:tcp", From = query["from"], To = query["to"], Limit = 1 }).Total;
        await ExpectHitsAsync(page, expected);
        await Assertions.Expect(page.GetByRole(AriaRole.Button, new() { NameRegex = new Regex("^Time: .* → ") })).ToBeVisibleAsync();

        await page.GetByRole(AriaRole.Button, new() { NameRegex = new Regex("^Time: ") }).ClickAsync();
        await Button(page, "All time").ClickAsync();
        await ExpectHitsAsync(page, host.Count("network.transport:tcp"));
    }

    [SkippableFact]
    public async Task An_absolute_range_picked_in_the_time_picker_narrows_the_hits()
    {
        var page = await host.OpenAsync("/");
        await page.GetByRole(AriaRole.Button, new() { Name = "Time: All time" }).ClickAsync();
        await page.GetByLabel("From (UTC)").FillAsync("2013-01-01");
        await page.GetByLabel("To (UTC)").FillAsync("2014-01-01 00:00");
        await Button(page, "Apply").ClickAsync();
        long expected = host.Store.Search(new FlowQuery { From = "2013-01-01T00:00:00.000Z", To = "2014-01-01T00:00:00.000Z", Limit = 1 }).Total;
        await ExpectHitsAsync(page, expected);
        Assert.NotEqual(host.Count(""), expected);
    }
}
