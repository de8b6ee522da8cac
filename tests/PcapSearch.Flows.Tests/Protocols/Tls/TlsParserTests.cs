using System.Text.Json;
using PcapSearch.Flows.Protocols;
using PcapSearch.Flows.Protocols.Tls;
using static PcapSearch.Flows.Tests.Protocols.Tls.TlsHelloBuilder;

namespace PcapSearch.Flows.Tests.Protocols.Tls;

public class TlsParserTests
{
    private static readonly FlowEndpoints Tcp = new(6, 50000, 8443);

    /// <summary>
    /// The salesforce/ja3 README example: "769,47-53-5-10-49161-49162-49171-49172-50-56-19-4,0-10-11,23-24-25,0"
    /// hashes to ada70206e40642a3e4461f35503241d5.
    /// </summary>
    private static byte[] PublishedExampleHello(string? host = "example.com") => Records(ClientHelloMessage(0x0301,
        [47, 53, 5, 10, 49161, 49162, 49171, 49172, 50, 56, 19, 4],
        [host == null ? Extension(0, []) : ServerName(host), Groups(23, 24, 25), PointFormats(0)]));

    private static TlsParser Feed(params byte[][] segments)
    {
        var parser = (TlsParser)TlsParser.Classify(segments[0], Tcp, fromSource: true)!;
        foreach (var segment in segments) parser.Feed(segment, fromSource: true);
        return parser;
    }

    [Fact]
    public void Published_ja3_example_gives_the_published_hash_and_the_sni()
    {
        var parser = Feed(PublishedExampleHello());
        Assert.Equal("example.com", parser.ServerName);
        Assert.Equal("769,47-53-5-10-49161-49162-49171-49172-50-56-19-4,0-10-11,23-24-25,0", parser.Ja3String);
        Assert.Equal("ada70206e40642a3e4461f35503241d5", parser.Ja3);
    }

    [Fact]
    public void Published_ja3_example_without_extensions_leaves_the_fields_empty()
    {
        // salesforce/ja3 README: "769,4-5-10-9-100-98-3-6-19-18-99,,," -> de350869b8c85de67a350c8d186f11e6
        var parser = Feed(Records(ClientHelloMessage(0x0301, [4, 5, 10, 9, 100, 98, 3, 6, 19, 18, 99], null)));
        Assert.Equal("769,4-5-10-9-100-98-3-6-19-18-99,,,", parser.Ja3String);
        Assert.Equal("de350869b8c85de67a350c8d186f11e6", parser.Ja3);
        Assert.Null(parser.ServerName);
    }

    [Fact]
    public void Grease_values_are_left_out_of_ciphers_extensions_and_groups()
    {
        var hello = Records(ClientHelloMessage(0x0303, [0x3a3a, 0x1301, 0xc02f, 0xfafa],
            [Extension(0x0a0a, []), ServerName("grease.test"), Groups(0x2a2a, 29, 23), PointFormats(0), Extension(0xdada, [0])]));
        var parser = Feed(hello);
        Assert.Equal("771,4865-49199,0-10-11,29-23,0", parser.Ja3String);
        Assert.Equal(TlsHello.Md5Hex("771,4865-49199,0-10-11,29-23,0"u8), parser.Ja3);
        Assert.Equal(new ushort[] { 0x1301, 0xc02f }, parser.SupportedCiphers);
        Assert.True(TlsHello.IsGrease(0x0a0a) && TlsHello.IsGrease(0xfafa) && !TlsHello.IsGrease(0x0a1a) && !TlsHello.IsGrease(0x1301));
    }

    [Fact]
    public void A_client_hello_split_over_three_segments_is_reassembled()
    {
        var hello = PublishedExampleHello("three.segments.example");
        var parser = Feed(hello[..9], hello[9..40], hello[40..]);
        Assert.Equal("three.segments.example", parser.ServerName);
        Assert.Equal(Feed(PublishedExampleHello("three.segments.example")).Ja3, parser.Ja3);
    }

    [Fact]
    public void A_client_hello_split_over_records_and_segments_is_reassembled()
    {
        var message = ClientHelloMessage(0x0303, [0x1301], [ServerName("records.example"), Groups(29), PointFormats(0)]);
        var records = Records(message, maxFragment: 7);
        var parser = Feed(records[..10], records[10..50], records[50..]);
        Assert.Equal("records.example", parser.ServerName);
        Assert.Equal("771,4865,0-10-11,29,0", parser.Ja3String);
    }

    [Fact]
    public void Every_prefix_of_a_hello_never_throws_and_a_split_at_every_point_gives_the_whole_result()
    {
        var hello = PublishedExampleHello();
        var whole = Feed(hello);
        for (int n = 0; n <= hello.Length; n++)
        {
            var prefix = hello[..n];
            var classified = TlsParser.Classify(prefix, Tcp, fromSource: true);
            if (n < 6) { Assert.Null(classified); continue; }
            var parser = Assert.IsType<TlsParser>(classified);
            parser.Feed(prefix, fromSource: true);
            if (n < hello.Length) Assert.Null(parser.Ja3);
            parser.Feed(hello[n..], fromSource: true);
            Assert.Equal(whole.Ja3, parser.Ja3);
            Assert.Equal(whole.ServerName, parser.ServerName);
        }
        var server = Records(ServerHelloMessage(0x0303, 0x1301, [Extension(43, [3, 4])]));
        for (int n = 0; n <= server.Length; n++)
        {
            var parser = new TlsParser(clientIsSource: true);
            parser.Feed(server[..n], fromSource: false);
            parser.Feed(server[n..], fromSource: false);
            Assert.Equal("1.3", parser.Version);
        }
    }

    [Fact]
    public void Truncated_or_corrupt_lengths_inside_a_complete_record_never_throw()
    {
        var message = ClientHelloMessage(0x0303, [0x1301, 0xc02f], [ServerName("x.example"), Groups(29), PointFormats(0)]);
        for (int cut = 4; cut < message.Length; cut++)
        {
            // The handshake header claims the original length but the body is shorter: a consistent but truncated message.
            var body = message[4..cut];
            var parser = new TlsParser(clientIsSource: true);
            parser.Feed(Records(Message(1, body)), fromSource: true);
            for (int i = 0; i < body.Length; i++)
            {
                var corrupt = (byte[])body.Clone();
                corrupt[i] ^= 0xff;
                new TlsParser(clientIsSource: true).Feed(Records(Message(1, corrupt)), fromSource: true);
            }
        }
    }

    [Fact]
    public void A_hello_reaching_exactly_the_cap_is_read_and_one_byte_more_is_given_up()
    {
        foreach (var (extra, read) in new[] { (0, true), (1, false) })
        {
            // Record header (5) + handshake header (4) + body = the stream bytes the parser must hold.
            var small = ClientHelloMessage(0x0303, [0x1301], [ServerName("cap.example"), Extension(21, [])]);
            int padding = TlsParser.MaxBufferedBytes - 5 - small.Length + extra;
            var message = ClientHelloMessage(0x0303, [0x1301], [ServerName("cap.example"), Extension(21, new byte[padding])]);
            var records = Records(message, maxFragment: 20000);
            Assert.Equal(TlsParser.MaxBufferedBytes + extra, records.Length);
            var parser = (TlsParser)TlsParser.Classify(records, Tcp, true)!;
            bool more = true;
            for (int i = 0; i < records.Length && more; i += 1400) more = parser.Feed(records.AsSpan(i, Math.Min(1400, records.Length - i)), true);
            Assert.Equal(read, parser.ServerName == "cap.example");
            Assert.Equal(!read, parser.HitCap);
        }
    }

    [Fact]
    public void Server_hello_gives_version_cipher_and_ja3s_and_both_hellos_stop_the_parser()
    {
        var parser = (TlsParser)TlsParser.Classify(PublishedExampleHello(), Tcp, true)!;
        Assert.True(parser.Feed(PublishedExampleHello(), true));
        // openssl-tls1_2.pcap: tshark tls.handshake.ja3s_full "771,49199,65281-11-35" -> ccc514751b175866924439bdbb5bba34.
        var server = Records(ServerHelloMessage(0x0303, 49199, [Extension(65281, [0]), Extension(11, [1, 0]), Extension(35, [])]), recordVersion: 0x0303);
        Assert.False(parser.Feed(server, false));
        Assert.Equal("771,49199,65281-11-35", parser.Ja3sString);
        Assert.Equal("ccc514751b175866924439bdbb5bba34", parser.Ja3s);
        Assert.Equal("1.2", parser.Version);
        Assert.Equal("tls", parser.VersionProtocol);
        Assert.Equal("TLS_ECDHE_RSA_WITH_AES_128_GCM_SHA256", TlsCipherSuites.Name(parser.Cipher!.Value));

        using var stream = new MemoryStream();
        using (var json = new Utf8JsonWriter(stream))
        {
            json.WriteStartObject();
            parser.WriteEcs(json);
            json.WriteEndObject();
        }
        using var document = JsonDocument.Parse(stream.ToArray());
        var tls = document.RootElement.GetProperty("tls");
        Assert.Equal("1.2", tls.GetProperty("version").GetString());
        Assert.Equal("TLS_ECDHE_RSA_WITH_AES_128_GCM_SHA256", tls.GetProperty("cipher").GetString());
        Assert.Equal("example.com", tls.GetProperty("client").GetProperty("server_name").GetString());
        Assert.Equal("ada70206e40642a3e4461f35503241d5", tls.GetProperty("client").GetProperty("ja3").GetString());
        Assert.Equal(12, tls.GetProperty("client").GetProperty("supported_ciphers").GetArrayLength());
        Assert.Equal("ccc514751b175866924439bdbb5bba34", tls.GetProperty("server").GetProperty("ja3s").GetString());
    }

    [Theory]
    [InlineData(0x0300, null, "3.0", "ssl")]
    [InlineData(0x0301, null, "1.0", "tls")]
    [InlineData(0x0302, null, "1.1", "tls")]
    [InlineData(0x0303, null, "1.2", "tls")]
    [InlineData(0x0303, 0x0304, "1.3", "tls")]
    public void Version_comes_from_the_server_hello_and_its_supported_versions(int version, int? selected, string expected, string protocol)
    {
        var parser = new TlsParser(clientIsSource: true);
        byte[][]? extensions = selected is { } s ? [Extension(43, U16(s))] : null;
        parser.Feed(Records(ServerHelloMessage((ushort)version, 0x002f, extensions), recordVersion: (ushort)version), fromSource: false);
        Assert.Equal(expected, parser.Version);
        Assert.Equal(protocol, parser.VersionProtocol);
    }

    [Fact]
    public void Classifier_takes_hellos_on_any_port_and_nothing_else()
    {
        var hello = PublishedExampleHello();
        Assert.NotNull(TlsParser.Classify(hello, new FlowEndpoints(6, 40000, 5432), true));
        Assert.Null(TlsParser.Classify(hello, new FlowEndpoints(17, 40000, 443), true));
        Assert.Null(TlsParser.Classify("GET / HTTP/1.1\r\n"u8, Tcp, true));
        Assert.Null(TlsParser.Classify([0x17, 3, 3, 0, 20, 1, 2, 3], Tcp, true));
        // SSLv2-format ClientHello offering SSL 3.0 (as old browsers sent): claimed, no JA3.
        byte[] v2 = [0x80, 0x2e, 0x01, 0x03, 0x00, 0x00, 0x15, 0x00, 0x00, 0x00, 0x10, .. new byte[21 + 16]];
        var parser = Assert.IsType<TlsParser>(TlsParser.Classify(v2, Tcp, true));
        parser.Feed(v2, true);
        Assert.Null(parser.Ja3);
    }

    [Fact]
    public void Non_tls_data_after_classification_stops_the_direction()
    {
        var parser = (TlsParser)TlsParser.Classify(PublishedExampleHello(), Tcp, true)!;
        parser.Feed(PublishedExampleHello(), true);
        Assert.False(parser.Feed([0x15, 3, 3, 0, 2, 2, 40], false)); // alert instead of ServerHello
        Assert.Null(parser.Ja3s);
    }
}
