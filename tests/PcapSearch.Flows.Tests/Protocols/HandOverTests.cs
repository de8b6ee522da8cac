using PcapSearch.Flows.Tests.Corpus;
using PcapSearch.Testing;

namespace PcapSearch.Flows.Tests.Protocols;

public class HandOverTests
{
    [Theory]
    [InlineData("arkime/https-connect.pcap")]
    [InlineData("zeek/http/connect-with-header.pcap")]
    public void An_http_connect_tunnel_carries_its_tls_in_the_same_flow(string capture)
    {
        var flows = EngineRun.Of(TestCorpus.PathOf(capture)).Flows;

        Assert.Contains(flows, f => f.Applications.Select(a => a.Name).SequenceEqual(["http", "tls"]));
    }

    [Fact]
    public void Tls_after_a_socks_handshake_is_still_classified()
    {
        var flows = EngineRun.Of(TestCorpus.PathOf("zeek/socks-with-ssl.pcap")).Flows;

        Assert.Contains(flows, f => f.Applications.Any(a => a.Name == "tls"));
    }
}
