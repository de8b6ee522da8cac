using PcapSearch.Enrichment.Tests.Oracles;

namespace PcapSearch.Enrichment.Tests;

public sealed class MacVendorsTests
{
    private const string Header = "Registry,Assignment,Organization Name,Organization Address\n";

    [Fact]
    public void The_longest_assigned_prefix_wins()
    {
        using var files = new TemporaryFiles();
        var vendors = MacVendors.Load([
            files.Write("oui.csv", Header + "MA-L,001B63,Large Assignee,1 Road\n"),
            files.Write("mam.csv", Header + "MA-M,001B637,Medium Assignee,\"2 Road,\nSecond line\"\n"),
            files.Write("oui36.csv", Header + "MA-S,001B63712,\"Small \"\"Assignee\"\"\",3 Road\n"),
        ]);

        Assert.Equal("Small \"Assignee\"", vendors.Find(0x001B_6371_2ABCUL));
        Assert.Equal("Medium Assignee", vendors.Find(0x001B_6371_3ABCUL));
        Assert.Equal("Large Assignee", vendors.Find(0x001B_6380_0000UL));
        Assert.Null(vendors.Find(0x001B_6400_0000UL));
    }

    [Theory]
    [InlineData(0x021B_6380_0000UL)]   // locally administered
    [InlineData(0x011B_6380_0000UL)]   // multicast
    [InlineData(0xFFFF_FFFF_FFFFUL)]   // broadcast
    public void Locally_administered_and_multicast_addresses_have_no_vendor(ulong mac)
    {
        using var files = new TemporaryFiles();
        var vendors = MacVendors.Load([files.Write("oui.csv", Header + "MA-L,001B63,Large Assignee,\nMA-L,021B63,Listed Anyway,\nMA-L,011B63,Listed Anyway,\nMA-L,FFFFFF,Listed Anyway,\n")]);
        Assert.Null(vendors.Find(mac));
    }

    [Fact]
    public void The_installed_registry_gives_each_size_of_assignment()
    {
        var vendors = MacVendors.Load(MacVendors.RegistryFiles.Select(InstalledFiles.Ieee));
        foreach (string file in MacVendors.RegistryFiles)
        {
            // A line of each file, read as text: its assignment padded to 48 bits is a MAC of that block (a block the
            // registration authority hands out again in smaller parts is not such a line).
            string[] fields = File.ReadLines(InstalledFiles.Ieee(file)).Skip(1)
                .First(l => !l.Contains('"') && !l.Contains("IEEE Registration Authority", StringComparison.Ordinal)).Split(',');
            string assignment = fields[1];
            ulong mac = Convert.ToUInt64(assignment.PadRight(12, '0'), 16);
            Assert.Equal(fields[2].Trim(), vendors.Find(mac));
        }
    }

    [Fact]
    public void A_36_bit_assignment_inside_a_registration_authority_block_wins_over_it()
    {
        var oui36 = InstalledFiles.Ieee("oui36.csv");
        string[] small = File.ReadLines(oui36).Skip(1).First(l => !l.Contains('"')).Split(',');
        string block = small[1][..6];
        string? large = File.ReadLines(InstalledFiles.Ieee("oui.csv")).Select(l => l.Split(',')).FirstOrDefault(f => f[1] == block)?[2];
        Assert.NotNull(large);
        Assert.NotEqual(large, small[2]);

        var vendors = MacVendors.Load(MacVendors.RegistryFiles.Select(InstalledFiles.Ieee));
        Assert.Equal(small[2].Trim(), vendors.Find(Convert.ToUInt64(small[1].PadRight(12, '0'), 16)));
    }
}
