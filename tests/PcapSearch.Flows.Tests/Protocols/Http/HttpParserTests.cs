using System.Text;
using PcapSearch.Decoding;
using PcapSearch.Flows.Protocols;
using PcapSearch.Flows.Protocols.Http;
using PcapSearch.Flows.Tests.Protocols.Dns;

namespace PcapSearch.Flows.Tests.Protocols.Http;

public class HttpParserTests
{
    private static readonly FlowEndpoints Tcp80 = new(IpProtocol.Tcp, 40000, 80);

    private const string Request = "GET /search?q=pcap&x=1 HTTP/1.1\r\nHost: Example.com:8080\r\nUser-Agent: curl/8.5.0\r\nAccept: */*\r\n\r\n";
    private const string Response = "HTTP/1.1 200 OK\r\nContent-Type: text/plain\r\nContent-Length: 5\r\n\r\nhello";

    private static byte[] Bytes(string text) => Encoding.Latin1.GetBytes(text);

    private static HttpParser Parser(string first = Request) => (HttpParser)HttpParser.Classify(Bytes(first), Tcp80, true)!;

    [Fact]
    public void Request_and_response_give_the_ecs_fields()
    {
        var parser = Parser();
        Assert.True(parser.Feed(Bytes(Request), true));
        Assert.True(parser.Feed(Bytes(Response), false));
        var ecs = DnsParserTests.Ecs(parser);
        Assert.Equal("GET", ecs.GetProperty("http").GetProperty("request").GetProperty("method").GetString());
        Assert.Equal(200, ecs.GetProperty("http").GetProperty("response").GetProperty("status_code").GetInt32());
        Assert.Equal("1.1", ecs.GetProperty("http").GetProperty("version").GetString());
        var url = ecs.GetProperty("url");
        Assert.Equal("/search?q=pcap&x=1", url.GetProperty("original").GetString());
        Assert.Equal("Example.com", url.GetProperty("domain").GetString());
        Assert.Equal("/search", url.GetProperty("path").GetString());
        Assert.Equal("q=pcap&x=1", url.GetProperty("query").GetString());
        Assert.Equal("curl/8.5.0", ecs.GetProperty("user_agent").GetProperty("original").GetString());
    }

    [Fact]
    public void Only_seen_fields_are_written()
    {
        var parser = Parser("HTTP/1.0 404 Not Found\r\n\r\n");
        parser.Feed(Bytes("HTTP/1.0 404 Not Found\r\n\r\n"), false);
        var ecs = DnsParserTests.Ecs(parser);
        Assert.False(ecs.TryGetProperty("url", out _));
        Assert.False(ecs.TryGetProperty("user_agent", out _));
        Assert.False(ecs.GetProperty("http").TryGetProperty("request", out _));
        Assert.Equal(404, ecs.GetProperty("http").GetProperty("response").GetProperty("status_code").GetInt32());
    }

    [Fact]
    public void Keep_alive_requests_become_arrays_after_bodies_are_skipped()
    {
        var parser = Parser();
        parser.Feed(Bytes(Request), true);
        parser.Feed(Bytes(Response), false);
        parser.Feed(Bytes("POST /upload HTTP/1.1\r\nHost: other.example\r\nContent-Length: 11\r\n\r\nGET /no HTTP"), true);
        parser.Feed(Bytes("HTTP/1.1 201 Created\r\nTransfer-Encoding: chunked\r\n\r\n4\r\nwiki\r\n5;x=y\r\npedia\r\n0\r\nTrailer: 1\r\n\r\n"), false);
        parser.Feed(Bytes("HEAD /h HTTP/1.1\r\nHost: example.com\r\n\r\n"), true);
        // A HEAD response announces a body it does not send: the next response starts a packet.
        parser.Feed(Bytes("HTTP/1.1 200 OK\r\nContent-Length: 1000\r\n\r\n"), false);
        parser.Feed(Bytes("HTTP/1.1 304 Not Modified\r\n\r\n"), false);
        Assert.Equal(["GET", "POST", "HEAD"], parser.Methods!);
        Assert.Equal(["/search?q=pcap&x=1", "/upload", "/h"], parser.Targets!);
        Assert.Equal(["Example.com", "other.example", "example.com"], parser.Domains!);
        Assert.Equal([200, 201, 304], parser.StatusCodes!);
        var ecs = DnsParserTests.Ecs(parser);
        Assert.Equal(3, ecs.GetProperty("url").GetProperty("domain").GetArrayLength());
        Assert.Equal(3, ecs.GetProperty("http").GetProperty("response").GetProperty("status_code").GetArrayLength());
    }

    [Fact]
    public void Pipelined_request_after_a_chunked_body_in_the_same_packet_is_read()
    {
        const string stream = "POST / HTTP/1.1\r\nHost: a\r\nTransfer-Encoding: chunked, identity\r\n\r\n0\r\n\r\nGET /next HTTP/1.1\r\nHost: b\r\n\r\n";
        var parser = Parser(stream);
        parser.Feed(Bytes(stream), true);
        Assert.Equal(["/", "/next"], parser.Targets!);
    }

    [Fact]
    public void Head_split_over_packets_is_buffered()
    {
        var bytes = Bytes(Request + Request.Replace("/search?q=pcap&x=1", "/second"));
        for (int cut = 1; cut < bytes.Length; cut++)
        {
            var parser = Parser();
            parser.Feed(bytes.AsSpan(0, cut), true);
            parser.Feed(bytes.AsSpan(cut), true);
            Assert.Equal(["/search?q=pcap&x=1", "/second"], parser.Targets!);
            Assert.Equal(["Example.com"], parser.Domains!);
        }
    }

    [Fact]
    public void Head_at_the_buffer_cap_is_read_and_longer_heads_keep_their_complete_lines()
    {
        string start = "GET /big HTTP/1.1\r\nHost: capped.example\r\nUser-Agent: ua\r\nX-Pad: ";
        // Exactly MaxHeadBytes with its end, arriving in two packets: read whole.
        string exact = start + new string('p', HttpParser.MaxHeadBytes - start.Length - 4) + "\r\n\r\n";
        Assert.Equal(HttpParser.MaxHeadBytes, exact.Length);
        var parser = Parser(exact);
        parser.Feed(Bytes(exact[..100]), true);
        parser.Feed(Bytes(exact[100..]), true);
        parser.Feed(Bytes("GET /after HTTP/1.1\r\n\r\n"), true);
        Assert.Equal(["/big", "/after"], parser.Targets!);

        // One byte more: the head is cut at the cap; its complete lines still count, and the next request is read.
        string over = start + new string('p', HttpParser.MaxHeadBytes - start.Length - 3) + "\r\n\r\n";
        parser = Parser(over);
        parser.Feed(Bytes(over[..100]), true);
        parser.Feed(Bytes(over[100..]), true);
        parser.Feed(Bytes("GET /after HTTP/1.1\r\n\r\n"), true);
        Assert.Equal(["/big", "/after"], parser.Targets!);
        Assert.Equal(["capped.example"], parser.Domains!);
        Assert.Equal(["ua"], parser.UserAgents!);
    }

    [Fact]
    public void Every_prefix_of_every_message_is_read_without_an_exception()
    {
        var messages = new[]
        {
            Request, Response, "HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\n\r\n4\r\nwiki\r\n0\r\n\r\n",
            "GET / HTTP/1.0\nHost: bare-lf\n\n", "CONNECT a:443 HTTP/1.1\r\nHost: a:443\r\n\r\n",
        };
        foreach (var message in messages.Select(Bytes))
        {
            for (int length = 0; length <= message.Length; length++)
            {
                var prefix = message.AsSpan(0, length);
                HttpSyntax.HeadLength(prefix);
                if (HttpParser.Classify(prefix, Tcp80, true) is not HttpParser parser) continue;
                parser.Feed(prefix, true);
                parser.Feed(message.AsSpan(length), true);
                DnsParserTests.Ecs(parser);
            }
        }
    }

    [Fact]
    public void Random_bytes_never_throw()
    {
        var random = new Random(3);
        var baseline = Bytes(Request + "POST / HTTP/1.1\r\nTransfer-Encoding: chunked\r\n\r\n10\r\n0123456789abcdef\r\n0\r\n\r\n");
        for (int i = 0; i < 20000; i++)
        {
            var mutated = (byte[])baseline.Clone();
            for (int j = 0; j < 4; j++) mutated[random.Next(mutated.Length)] = (byte)random.Next(256);
            var parser = Parser();
            int cut = random.Next(mutated.Length);
            parser.Feed(mutated.AsSpan(0, cut), true);
            parser.Feed(mutated.AsSpan(cut), true);
            DnsParserTests.Ecs(parser);
        }
    }

    [Fact]
    public void Values_that_are_not_utf8_are_escaped()
    {
        var bytes = Bytes("GET /caf\u00e9 HTTP/1.1\r\nHost: h\r\nUser-Agent: \u00ff\u0001x\r\n\r\n");
        var parser = Parser("GET ");
        parser.Feed(bytes, true);
        Assert.Equal(["/caf\\xe9"], parser.Targets!);
        Assert.Equal(["\\xff\\x01x"], parser.UserAgents!);
    }

    [Fact]
    public void Transactions_are_capped_and_the_parser_then_stops()
    {
        var parser = Parser();
        for (int i = 0; i < HttpParser.MaxTransactions + 4; i++)
        {
            parser.Feed(Bytes($"GET /{i} HTTP/1.1\r\nHost: h{i}\r\n\r\n"), true);
            bool more = parser.Feed(Bytes("HTTP/1.1 204 No Content\r\n\r\n"), false);
            Assert.Equal(i < HttpParser.MaxTransactions - 1, more);
        }
        Assert.Equal(HttpParser.MaxTransactions, parser.Targets!.Count);
        Assert.Equal(HttpParser.MaxTransactions, parser.Domains!.Count);
        Assert.Equal("/15", parser.Targets[^1]);
    }

    [Fact]
    public void Parser_stops_on_traffic_that_is_not_http_any_more()
    {
        var parser = Parser();
        parser.Feed(Bytes("CONNECT a:443 HTTP/1.1\r\nHost: a:443\r\n\r\n"), true);
        Assert.False(parser.Feed(Bytes("HTTP/1.1 200 Connection established\r\n\r\n"), false));

        parser = Parser();
        parser.Feed(Bytes(Request), true);
        for (int i = 1; i < HttpParser.MaxIdlePackets; i++) Assert.True(parser.Feed([0x16, 3, 1, 0, 5], true));
        Assert.False(parser.Feed([0x16, 3, 1, 0, 5], true));
    }

    [Fact]
    public void Classifier_takes_request_lines_and_responses_only()
    {
        Assert.NotNull(HttpParser.Classify("M-SEARCH * HTTP/1.1\r\n"u8, new FlowEndpoints(IpProtocol.Udp, 40000, 1900), true));
        Assert.NotNull(HttpParser.Classify("HTTP/1.0 200 OK\r\n"u8, Tcp80, false));
        Assert.NotNull(HttpParser.Classify("RPC_IN_DATA /rpc HTTP/1.1\r\n"u8, Tcp80, true));
        Assert.Null(HttpParser.Classify("GETX / HTTP/1.1\r\n"u8, Tcp80, true));
        Assert.Null(HttpParser.Classify("get / HTTP/1.1\r\n"u8, Tcp80, true));
        Assert.Null(HttpParser.Classify("HTTP/2 200\r\n"u8, Tcp80, true));
        Assert.Null(HttpParser.Classify("SSH-2.0-OpenSSH\r\n"u8, Tcp80, true));
        Assert.Null(HttpParser.Classify("GET / HTTP/1.1\r\n"u8, new FlowEndpoints(IpProtocol.Sctp, 1, 80), true));
    }

    [Theory]
    [InlineData("example.com", "example.com")]
    [InlineData("example.com:8080", "example.com")]
    [InlineData("[2001:db8::1]:80", "[2001:db8::1]")]
    [InlineData("2001:db8::1", "2001:db8::1")]
    [InlineData("", "")]
    public void Host_loses_its_port(string host, string domain) =>
        Assert.Equal(domain, Encoding.ASCII.GetString(HttpSyntax.HostWithoutPort(Encoding.ASCII.GetBytes(host))));
}
