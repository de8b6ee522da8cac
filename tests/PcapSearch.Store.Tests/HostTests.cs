using PcapSearch.Store.DuckDb;

namespace PcapSearch.Store.Tests;

/// <summary>Real captures with DNS answers, TLS, HTTP, SMTP and IPv6 neighbours, stored once; the tests see only <see cref="IFlowStore"/>.</summary>
public sealed class HostFixture : IDisposable
{
    public static readonly string[] Captures = ["zeek/wikipedia-filtered-plus-udp.pcap", "zeek/smtp.pcap", "arkime/v6-http.pcap", "arkime/https-connect.pcap"];

    private readonly string _directory = Directory.CreateTempSubdirectory("pcapsearch-hosts-").FullName;

    public HostFixture()
    {
        Store = Open("hosts.duckdb");
        foreach (var capture in Captures) Store.UpsertFlows(StoreFixture.Source(capture), StoreFixture.FlowsOf(capture));
        Hits = HostOracle.AllHits(Store, new FlowQuery());
    }

    public IFlowStore Store { get; }

    /// <summary>Every stored flow, as Search returns it.</summary>
    public IReadOnlyList<FlowHit> Hits { get; }

    /// <summary>Another, empty store of the same backend.</summary>
    public IFlowStore Open(string name) => new DuckDbFlowStore(Path.Combine(_directory, name), new BulkOptions { BatchSize = 7 });

    public void Dispose()
    {
        Store.Dispose();
        try { Directory.Delete(_directory, recursive: true); } catch (IOException) { }
    }
}

public sealed class HostTests(HostFixture fixture) : IClassFixture<HostFixture>
{
    private readonly IFlowStore _store = fixture.Store;

    [Fact]
    public void Every_host_document_agrees_with_the_flows_it_comes_from()
    {
        var addresses = HostOracle.Addresses(fixture.Hits).ToList();
        Assert.True(addresses.Count > 40, $"only {addresses.Count} addresses");
        foreach (string ip in addresses)
        {
            HostOracle.AssertEqual(HostOracle.Host(ip, fixture.Hits)!, _store.Host(ip, new FlowQuery()));
        }
    }

    [Fact]
    public void Public_hosts_carry_their_place_and_as_private_ones_none_and_macs_their_vendors()
    {
        var hosts = _store.Hosts(new HostQuery { Limit = 1000 }).Hosts;
        var wikimedia = hosts.Single(h => h.Ip == "208.80.152.3");
        var hit = fixture.Hits.First(h => h.Fields.TryGetValue("destination.ip", out var ip) && (string)ip == "208.80.152.3");
        Assert.Equal(hit.Fields["destination.geo.country_iso_code"], wikimedia.Geo?.CountryIsoCode);
        Assert.Equal(hit.Fields["destination.as.number"], wikimedia.As?.Number);

        Assert.Contains(hosts, h => h.Geo is not null);
        Assert.All(hosts.Where(h => h.Ip.StartsWith("192.168.", StringComparison.Ordinal) || h.Ip.StartsWith("10.", StringComparison.Ordinal)),
            h => Assert.Equal((h.Ip, (object?)null, (object?)null), (h.Ip, (object?)h.Geo, (object?)h.As)));
        var vendors = hosts.SelectMany(h => h.MacVendors).ToList();
        Assert.NotEmpty(vendors);
        Assert.All(vendors, v => Assert.Contains(hosts, h => h.Macs.Contains(v.Key)));
    }

    [Fact]
    public void Names_come_from_dns_answers_and_from_the_names_clients_asked_the_host_for()
    {
        var wikimedia = _store.Host("208.80.152.3", new FlowQuery())!;
        Assert.Equal(["upload.pmtpa.wikimedia.org", "upload.wikimedia.org"], wikimedia.Names);
        Assert.Equal(["tcp/80"], wikimedia.Services);

        var mail = _store.Host("74.53.140.153", new FlowQuery())!;
        Assert.Equal(["mail.patriots.in", "patriots.in"], mail.Names);
        Assert.Equal(["tcp/25"], mail.Services);

        Assert.Contains("p31-keyvalueservice.icloud.com", _store.Host("17.167.150.73", new FlowQuery())!.Names);
        Assert.Equal(["cl-1985.ham-01.de.sixxs.net"], _store.Host("2001:6f8:900:7c0::2", new FlowQuery())!.Names);
    }

    [Fact]
    public void A_tcp_port_is_a_service_only_when_the_host_answered_a_handshake()
    {
        static string[] Flags(FlowHit hit) => hit.Fields.TryGetValue("pcap.tcp_flags.destination", out var flags) ? (string[])flags : [];
        // Flows picked up mid-stream: the "destination" sent packets, but no SYN says it is the listener.
        var midStream = fixture.Hits.Where(h => (string)h.Fields["network.transport"] == "tcp" && (long)h.Fields["destination.packets"] > 0 && !Flags(h).Contains("SYN")).ToList();
        Assert.NotEmpty(midStream);
        foreach (var hit in midStream)
        {
            var host = _store.Host((string)hit.Fields["destination.ip"], new FlowQuery())!;
            Assert.DoesNotContain($"tcp/{hit.Fields["destination.port"]}", host.Services);
        }
        var accepted = fixture.Hits.First(h => (string)h.Fields["network.transport"] == "tcp" && Flags(h).Contains("SYN"));
        Assert.Contains($"tcp/{accepted.Fields["destination.port"]}", _store.Host((string)accepted.Fields["destination.ip"], new FlowQuery())!.Services);
    }

    [Fact]
    public void The_scope_limits_the_flows_a_host_document_is_made_of()
    {
        var capture = StoreFixture.Source(HostFixture.Captures[1]).Id;
        var scopes = new[]
        {
            new FlowQuery { Captures = [capture] },
            new FlowQuery { Kql = "destination.port:80 or network.protocol:dns" },
            new FlowQuery { From = fixture.Hits.Select(h => (string)h.Fields["@timestamp"]).Order(StringComparer.Ordinal).ElementAt(fixture.Hits.Count / 2) },
        };
        foreach (var scope in scopes)
        {
            var hits = HostOracle.AllHits(_store, scope);
            Assert.NotEmpty(hits);
            Assert.True(hits.Count < fixture.Hits.Count);
            foreach (string ip in HostOracle.Addresses(fixture.Hits))
            {
                var expected = HostOracle.Host(ip, hits);
                if (expected is null) Assert.Null(_store.Host(ip, scope));
                else HostOracle.AssertEqual(expected, _store.Host(ip, scope));
            }
        }
    }

    [Fact]
    public void Hosts_lists_every_address_of_the_matching_flows_in_the_chosen_order()
    {
        var all = _store.Hosts(new HostQuery { Limit = FlowQuery.MaxLimit });
        Assert.Equal(HostOracle.Addresses(fixture.Hits).Count(), all.Total);
        Assert.Equal(all.Total, all.Hosts.Count);
        foreach (var host in all.Hosts) HostOracle.AssertEqual(HostOracle.Host(host.Ip, fixture.Hits)!, host);

        Assert.True(Ordered(all.Hosts, h => h.BytesSent + h.BytesReceived));
        Assert.True(Ordered(_store.Hosts(new HostQuery { Order = HostOrder.Flows, Limit = 1000 }).Hosts, h => h.Flows));
        Assert.True(Ordered(_store.Hosts(new HostQuery { Order = HostOrder.Peers, Limit = 1000 }).Hosts, h => h.Peers));
        Assert.True(Ordered(_store.Hosts(new HostQuery { Order = HostOrder.LastSeen, Limit = 1000 }).Hosts, h => DateTimeOffset.Parse(h.LastSeen, System.Globalization.CultureInfo.InvariantCulture).UtcTicks));

        var top = _store.Hosts(new HostQuery { Order = HostOrder.Flows, Limit = 3 });
        Assert.Equal(all.Total, top.Total);
        Assert.Equal(3, top.Hosts.Count);
        Assert.Equal(all.Hosts.Max(h => h.Flows), top.Hosts[0].Flows);
    }

    [Fact]
    public void Hosts_of_a_query_are_the_addresses_of_its_flows()
    {
        var scope = new FlowQuery { Kql = "network.transport:tcp" };
        var hits = HostOracle.AllHits(_store, scope);
        var hosts = _store.Hosts(new HostQuery { Flows = scope, Limit = 1000 });
        Assert.Equal(HostOracle.Addresses(hits).Order(StringComparer.Ordinal), hosts.Hosts.Select(h => h.Ip).Order(StringComparer.Ordinal));
        foreach (var host in hosts.Hosts) HostOracle.AssertEqual(HostOracle.Host(host.Ip, hits)!, host);

        var nothing = _store.Hosts(new HostQuery { Flows = new FlowQuery { Kql = "no.such.field:1" } });
        Assert.Empty(nothing.Hosts);
        Assert.Equal(0, nothing.Total);
        Assert.Contains(nothing.Warnings, w => w.Contains("no.such.field", StringComparison.Ordinal));
    }

    [Fact]
    public void Captures_are_merged_and_a_delete_or_re_ingest_shows_at_once()
    {
        using var store = fixture.Open("merge.duckdb");
        string capture = HostFixture.Captures[1];
        var flows = StoreFixture.FlowsOf(capture);
        var first = new Flows.Engine.CaptureSource("first", "smtp.pcap");
        var second = new Flows.Engine.CaptureSource("second", "smtp-again.pcap");
        store.UpsertFlows(first, flows);
        var once = store.Host("74.53.140.153", new FlowQuery())!;

        store.UpsertFlows(second, flows);
        store.UpsertFlows(second, flows);
        var twice = store.Host("74.53.140.153", new FlowQuery())!;
        Assert.Equal(["first", "second"], twice.Captures);
        Assert.Equal(2 * once.Flows, twice.Flows);
        Assert.Equal(2 * once.BytesSent, twice.BytesSent);
        Assert.Equal(2 * once.PacketsReceived, twice.PacketsReceived);
        Assert.Equal(once.Peers, twice.Peers);
        Assert.Equal(once.Names, twice.Names);
        HostOracle.AssertEqual(once, store.Host("74.53.140.153", new FlowQuery { Captures = ["second"] }) is { } only ? only with { Captures = ["first"] } : null);

        store.DeleteCapture("first");
        HostOracle.AssertEqual(once with { Captures = ["second"] }, store.Host("74.53.140.153", new FlowQuery()));
        store.DeleteCapture("second");
        Assert.Null(store.Host("74.53.140.153", new FlowQuery()));
        Assert.Equal(0, store.Hosts(new HostQuery()).Total);
    }

    [Theory]
    [InlineData("10.0.0")]
    [InlineData("10.0.0.0/8")]
    [InlineData("evil.example")]
    [InlineData("")]
    [InlineData("2001:db8::1::2")]
    public void An_address_that_is_not_one_is_refused_by_name(string text)
    {
        var e = Assert.Throws<FlowQueryException>(() => _store.Host(text, new FlowQuery()));
        Assert.Contains($"'{text}' is not an IP address", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Unknown_addresses_and_other_spellings()
    {
        Assert.Null(_store.Host("192.0.2.77", new FlowQuery()));
        Assert.Null(_store.Host("2001:db8::77", new FlowQuery()));
        var mapped = _store.Host("::ffff:208.80.152.3", new FlowQuery());
        HostOracle.AssertEqual(_store.Host("208.80.152.3", new FlowQuery())!, mapped);
        HostOracle.AssertEqual(_store.Host("2001:6f8:900:7c0::2", new FlowQuery())!, _store.Host("2001:06F8:0900:07C0:0:0:0:2", new FlowQuery()));
    }

    [Fact]
    public void Bad_host_queries_are_refused()
    {
        Assert.Throws<FlowQueryException>(() => _store.Hosts(new HostQuery { Limit = 0 }));
        Assert.Throws<FlowQueryException>(() => _store.Hosts(new HostQuery { Limit = FlowQuery.MaxLimit + 1 }));
        Assert.Throws<Query.KqlSyntaxException>(() => _store.Hosts(new HostQuery { Flows = new FlowQuery { Kql = "source.ip:" } }));
        Assert.Throws<Query.KqlSyntaxException>(() => _store.Host("208.80.152.3", new FlowQuery { Kql = "(" }));
    }

    private static bool Ordered<T>(IReadOnlyList<HostDocument> hosts, Func<HostDocument, T> key) where T : IComparable<T> =>
        hosts.Zip(hosts.Skip(1)).All(p => key(p.First).CompareTo(key(p.Second)) >= 0);
}
