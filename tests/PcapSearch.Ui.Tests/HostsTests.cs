using Microsoft.Playwright;
using PcapSearch.Store;
using static PcapSearch.Ui.Tests.Expectations;

namespace PcapSearch.Ui.Tests;

[Collection(UiCollection.Name)]
public sealed class HostsTests(UiHost host)
{
    private HostList Hosts(HostOrder order) => host.Store.Hosts(new HostQuery { Flows = new FlowQuery(), Order = order, Limit = 500 });

    [SkippableFact]
    public async Task The_hosts_list_is_ordered_by_bytes_and_can_be_ordered_by_flows()
    {
        var page = await host.OpenAsync("/hosts");
        var firstAddress = page.GetByRole(AriaRole.Table, new() { Name = "Hosts" }).Locator("tbody tr").First.Locator("td").First;
        await Assertions.Expect(firstAddress).ToHaveTextAsync(Hosts(HostOrder.Bytes).Hosts[0].Ip);
        await Assertions.Expect(page.GetByText($"{Count(Hosts(HostOrder.Bytes).Total)} hosts")).ToBeVisibleAsync();
        await Screenshots.TakeAsync(page, "hosts");

        await Button(page, "Flows").ClickAsync();
        await Assertions.Expect(firstAddress).ToHaveTextAsync(Hosts(HostOrder.Flows).Hosts[0].Ip);
    }

    [SkippableFact]
    public async Task A_host_page_shows_its_document_and_links_to_its_flows()
    {
        var busiest = Hosts(HostOrder.Flows).Hosts[0];
        var page = await host.OpenAsync("/hosts?order=flows");
        await Link(page, busiest.Ip).ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Name = busiest.Ip })).ToBeVisibleAsync();
        var facts = page.GetByRole(AriaRole.Definition);
        if (busiest.Macs.Count > 0) await Assertions.Expect(page.Locator("dl.facts")).ToContainTextAsync(busiest.Macs[0]);
        await Assertions.Expect(facts.Nth(6)).ToHaveTextAsync(Count(busiest.Flows));
        await Assertions.Expect(facts.Nth(7)).ToHaveTextAsync(Count(busiest.Peers));
        await Screenshots.TakeAsync(page, "host");

        await Link(page, $"Show its {Count(busiest.Flows)} flows in Discover").ClickAsync();
        await ExpectHitsAsync(page, host.Count($"source.ip:\"{busiest.Ip}\" or destination.ip:\"{busiest.Ip}\""));
    }
}
