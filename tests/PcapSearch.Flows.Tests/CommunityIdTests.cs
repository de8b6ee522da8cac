using System.Text.Json;
using PcapSearch.Decoding;

namespace PcapSearch.Flows.Tests;

public class CommunityIdTests
{
    public static TheoryData<string, ushort> Baselines => new()
    {
        { "baseline_deflt.json", 0 },
        { "baseline_seed1.json", 1 },
    };

    [Theory]
    [MemberData(nameof(Baselines))]
    public void Matches_the_specification_baseline(string file, ushort seed)
    {
        using var json = JsonDocument.Parse(File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "CommunityIdVectors", file)));
        int checkedRows = 0;
        foreach (var row in json.RootElement.EnumerateArray())
        {
            byte protocol = row.GetProperty("proto").GetByte();
            ushort sport = row.GetProperty("sport").ValueKind == JsonValueKind.Null ? (ushort)0 : row.GetProperty("sport").GetUInt16();
            ushort dport = row.GetProperty("dport").ValueKind == JsonValueKind.Null ? (ushort)0 : row.GetProperty("dport").GetUInt16();
            string actual = CommunityId.Compute(seed, protocol,
                IpAddress.Parse(row.GetProperty("saddr").GetString()!), IpAddress.Parse(row.GetProperty("daddr").GetString()!), sport, dport);
            Assert.Equal(row.GetProperty("communityid").GetString(), actual);
            checkedRows++;
        }
        Assert.True(checkedRows >= 20, $"only {checkedRows} vectors read");
    }

    // The specification README's table of hand-picked tuples (defaults and seed 1).
    [Theory]
    [InlineData(6, "1.2.3.4", "5.6.7.8", 1122, 3344, 0, "1:wCb3OG7yAFWelaUydu0D+125CLM=")]
    [InlineData(6, "5.6.7.8", "1.2.3.4", 3344, 1122, 0, "1:wCb3OG7yAFWelaUydu0D+125CLM=")]
    [InlineData(17, "1.2.3.4", "5.6.7.8", 1122, 3344, 0, "1:0Mu9InQx6z4ZiCZM/7HXi2WMhOg=")]
    [InlineData(132, "1.2.3.4", "5.6.7.8", 1122, 3344, 0, "1:EKt4MsxuyaE6mL+hmrEkQ9csDD8=")]
    [InlineData(1, "1.2.3.4", "5.6.7.8", 8, 0, 0, "1:crodRHL2FEsHjbv3UkRrfbs4bZ0=")]
    [InlineData(1, "5.6.7.8", "1.2.3.4", 0, 0, 0, "1:crodRHL2FEsHjbv3UkRrfbs4bZ0=")]
    [InlineData(1, "1.2.3.4", "5.6.7.8", 11, 0, 0, "1:f/YiSyWqczrTgfUCZlBUnvHRcPk=")]
    [InlineData(58, "fe80:0001:0203:0405:0607:0809:0A0B:0C0D", "fe80:1011:1213:1415:1617:1819:1A1B:1C1D", 128, 0, 0, "1:0bf7hyMJUwt3fMED7z8LIfRpBeo=")]
    [InlineData(58, "fe80:1011:1213:1415:1617:1819:1A1B:1C1D", "fe80:0001:0203:0405:0607:0809:0A0B:0C0D", 129, 0, 0, "1:0bf7hyMJUwt3fMED7z8LIfRpBeo=")]
    [InlineData(58, "fe80:0001:0203:0405:0607:0809:0A0B:0C0D", "fe80:1011:1213:1415:1617:1819:1A1B:1C1D", 146, 0, 0, "1:fYC8+pz24E+EhANP1EZhpX0Dw10=")]
    [InlineData(46, "1.2.3.4", "5.6.7.8", 0, 0, 0, "1:ikv3kmf89luf73WPz1jOs49S768=")]
    [InlineData(46, "fe80:1011:1213:1415:1617:1819:1A1B:1C1D", "fe80:0001:0203:0405:0607:0809:0A0B:0C0D", 0, 0, 0, "1:wQ/2mwrnXP4lmJcHdGL5ePjR+e0=")]
    [InlineData(6, "1.2.3.4", "5.6.7.8", 1122, 3344, 1, "1:HhA1B+6CoLbiKPEs5nhNYN4XWfk=")]
    [InlineData(1, "1.2.3.4", "5.6.7.8", 11, 0, 1, "1:1DD7cWGC/Yg91YGsQeni8du3pIA=")]
    public void Matches_the_specification_table(byte protocol, string source, string destination, ushort sport, ushort dport, ushort seed, string expected)
    {
        Assert.Equal(expected, CommunityId.Compute(seed, protocol, IpAddress.Parse(source), IpAddress.Parse(destination), sport, dport));
    }
}
