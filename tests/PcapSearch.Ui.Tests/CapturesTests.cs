using System.Text.RegularExpressions;
using Microsoft.Playwright;
using PcapSearch.Store;
using PcapSearch.Testing;
using static PcapSearch.Ui.Tests.Expectations;

namespace PcapSearch.Ui.Tests;

[Collection(UiCollection.Name)]
public sealed class CapturesTests(UiHost host)
{
    [SkippableFact]
    public async Task An_uploaded_capture_reaches_done_with_its_flow_count_and_can_be_deleted()
    {
        var page = await host.OpenAsync("/captures");
        await page.GetByLabel("Capture files").SetInputFilesAsync(TestCorpus.PathOf("arkime/imap.pcap"));
        var row = page.GetByRole(AriaRole.Row, new() { Name = "Capture imap.pcap" });
        await Assertions.Expect(row.GetByTestId("capture-status")).ToHaveTextAsync("done");
        var record = host.Store.Captures().Single(c => c.Names.Contains("imap.pcap"));
        Assert.True(record.Flows > 0);
        await Assertions.Expect(row.GetByTestId("capture-flows")).ToHaveTextAsync(Count(record.Flows));

        await Button(page, "Delete imap.pcap").ClickAsync();
        var dialog = page.GetByRole(AriaRole.Dialog, new() { Name = "Delete imap.pcap?" });
        await Assertions.Expect(dialog).ToContainTextAsync($"Its {Count(record.Flows)} flows");
        await dialog.GetByRole(AriaRole.Button, new() { Name = "Delete capture" }).ClickAsync();
        await Assertions.Expect(row).ToHaveCountAsync(0);
        Assert.Null(host.Store.Capture(record.Id));
    }

    [SkippableFact]
    public async Task A_truncated_capture_is_done_with_warnings_that_name_the_byte_offset()
    {
        string folder = Directory.CreateTempSubdirectory("pcapsearch-ui-upload-").FullName;
        string cut = Path.Combine(folder, "truncated-http.pcap");
        byte[] whole = await File.ReadAllBytesAsync(TestCorpus.PathOf("arkime/http-simple-get.pcap"));
        await File.WriteAllBytesAsync(cut, whole[..5000]);
        try
        {
            var page = await host.OpenAsync("/captures");
            await page.GetByLabel("Capture files").SetInputFilesAsync(cut);
            var row = page.GetByRole(AriaRole.Row, new() { Name = $"Capture {Path.GetFileName(cut)}" });
            await Assertions.Expect(row.GetByTestId("capture-status")).ToHaveTextAsync("done with warnings");
            var record = host.Store.Captures().Single(c => c.Names.Contains(Path.GetFileName(cut)));
            string warning = Assert.Single(record.Warnings);
            Assert.Contains("offset ", warning, StringComparison.Ordinal);
            await row.GetByText("1 warning").ClickAsync();
            await Assertions.Expect(row.GetByRole(AriaRole.Listitem)).ToHaveTextAsync(warning);
            await Assertions.Expect(row.GetByTestId("capture-flows")).ToHaveTextAsync(Count(record.Flows));
            await Screenshots.TakeAsync(page, "captures");
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    [SkippableFact]
    public async Task A_file_that_is_no_capture_is_refused_with_the_APIs_reason()
    {
        string notes = Path.Combine(Path.GetTempPath(), $"notes-{Guid.NewGuid():N}.json");
        await File.WriteAllTextAsync(notes, """{"case": 42, "note": "not a pcap"}""");
        try
        {
            var page = await host.OpenAsync("/captures");
            await page.GetByLabel("Capture files").SetInputFilesAsync(notes);
            var refusal = page.GetByRole(AriaRole.Alert);
            await Assertions.Expect(refusal).ToContainTextAsync($"{Path.GetFileName(notes)} was refused: Upload refused");
            await Assertions.Expect(refusal).ToContainTextAsync("not a packet capture (JSON)");
            await Assertions.Expect(refusal).ToContainTextAsync("HTTP 422");
            Assert.DoesNotContain(host.Store.Captures(), c => c.Names.Contains(Path.GetFileName(notes)));
        }
        finally
        {
            File.Delete(notes);
        }
    }

    [SkippableFact]
    public async Task A_capture_opens_Discover_on_its_flows()
    {
        var dns = host.Store.Captures().Single(c => c.Names.Contains("dns-tcp.pcap"));
        var page = await host.OpenAsync("/captures");
        await Link(page, "dns-tcp.pcap").ClickAsync();
        await Assertions.Expect(page).ToHaveURLAsync(new Regex($"captures={dns.Id}"));
        await ExpectHitsAsync(page, host.Count("", dns.Id));
        await Assertions.Expect(page.GetByRole(AriaRole.Button, new() { Name = "Captures: dns-tcp.pcap" })).ToBeVisibleAsync();
    }
}
