using System.Buffers.Binary;
using System.Text;
using System.Text.Json;
using PcapSearch.Decoding;
using PcapSearch.Flows.Protocols;
using PcapSearch.Flows.Protocols.Dns;

namespace PcapSearch.Flows.Tests.Protocols.Dns;

public class DnsParserTests
{
    private static readonly FlowEndpoints Udp53 = new(IpProtocol.Udp, 40000, 53);

    /// <summary>A query for example.com A, EDNS OPT record included.</summary>
    internal static byte[] Query(string name = "Example.COM", ushort type = 1, bool edns = true)
    {
        var m = new List<byte> { 0x12, 0x34, 0x01, 0x00, 0, 1, 0, 0, 0, 0, 0, (byte)(edns ? 1 : 0) };
        m.AddRange(Name(name));
        m.AddRange([(byte)(type >> 8), (byte)type, 0, 1]);
        if (edns) m.AddRange([0, 0, 41, 0x10, 0, 0, 0, 0, 0, 0, 0]);
        return m.ToArray();
    }

    /// <summary>
    /// A response to www.example.com A: a CNAME (compressed owner, target compressed into the
    /// question), two A records, one AAAA, an MX and a TXT with two strings.
    /// </summary>
    internal static byte[] Response()
    {
        var m = new List<byte> { 0x12, 0x34, 0x81, 0x80, 0, 1, 0, 6, 0, 0, 0, 0 };
        m.AddRange(Name("www.example.com"));           // offset 12; "example.com" at 16
        m.AddRange([0, 1, 0, 1]);
        Record(m, [0xC0, 12], 5, 300, [3, (byte)'c', (byte)'d', (byte)'n', 0xC0, 16]);   // cdn.example.com
        int cdn = 12 + 17 + 4 + 12;                   // where the CNAME's rdata starts
        Record(m, [0xC0, (byte)cdn], 1, 60, [93, 184, 216, 34]);
        Record(m, [0xC0, (byte)cdn], 1, 60, [93, 184, 216, 35]);
        Record(m, [0xC0, (byte)cdn], 28, 60, [0x20, 0x01, 0x0d, 0xb8, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 1]);
        Record(m, [0xC0, 16], 15, 3600, [0, 10, 4, (byte)'m', (byte)'a', (byte)'i', (byte)'l', 0xC0, 16]);
        Record(m, [0xC0, 16], 16, 30, [5, (byte)'v', (byte)'=', (byte)'s', (byte)'p', (byte)'f', 2, (byte)'h', 0x01]);
        return m.ToArray();
    }

    internal static byte[] Name(string dotted)
    {
        var m = new List<byte>();
        foreach (var label in dotted.Split('.', StringSplitOptions.RemoveEmptyEntries))
        {
            m.Add((byte)label.Length);
            m.AddRange(Encoding.ASCII.GetBytes(label));
        }
        m.Add(0);
        return m.ToArray();
    }

    private static void Record(List<byte> m, byte[] owner, ushort type, uint ttl, byte[] data)
    {
        m.AddRange(owner);
        m.AddRange([(byte)(type >> 8), (byte)type, 0, 1, (byte)(ttl >> 24), (byte)(ttl >> 16), (byte)(ttl >> 8), (byte)ttl, (byte)(data.Length >> 8), (byte)data.Length]);
        m.AddRange(data);
    }

    private static DnsParser Udp() => (DnsParser)DnsParser.Classify(Query(), Udp53, true)!;

    internal static JsonElement Ecs(ProtocolParser parser)
    {
        using var stream = new MemoryStream();
        using (var json = new Utf8JsonWriter(stream))
        {
            json.WriteStartObject();
            parser.WriteEcs(json);
            json.WriteEndObject();
        }
        return JsonDocument.Parse(stream.ToArray()).RootElement.Clone();
    }

    [Fact]
    public void Query_gives_name_as_sent_and_type()
    {
        var parser = Udp();
        Assert.True(parser.Feed(Query(), fromSource: true));
        Assert.Equal(["Example.COM"], parser.QuestionNames!);
        Assert.Equal(["A"], parser.QuestionTypes!);
        Assert.Null(parser.ResponseCodes);
        var dns = Ecs(parser).GetProperty("dns");
        Assert.Equal("Example.COM", dns.GetProperty("question").GetProperty("name").GetString());
        Assert.Equal("A", dns.GetProperty("question").GetProperty("type").GetString());
        Assert.False(dns.TryGetProperty("answers", out _));
        Assert.False(dns.TryGetProperty("response_code", out _));
    }

    [Fact]
    public void Response_gives_answers_with_compressed_names_and_resolved_addresses()
    {
        var parser = Udp();
        parser.Feed(Response(), fromSource: false);
        Assert.Equal(["www.example.com"], parser.QuestionNames!);
        Assert.Equal(["NOERROR"], parser.ResponseCodes!);
        Assert.Equal(
            [
                new DnsAnswer("www.example.com", 5, "cdn.example.com", 300),
                new DnsAnswer("cdn.example.com", 1, "93.184.216.34", 60),
                new DnsAnswer("cdn.example.com", 1, "93.184.216.35", 60),
                new DnsAnswer("cdn.example.com", 28, "2001:db8::1", 60),
                new DnsAnswer("example.com", 15, "mail.example.com", 3600),
                new DnsAnswer("example.com", 16, "v=spf h\\x01", 30),
            ],
            parser.Answers!);
        Assert.Equal(["93.184.216.34", "93.184.216.35", "2001:db8::1"], parser.ResolvedIps!);
        var dns = Ecs(parser).GetProperty("dns");
        Assert.Equal("NOERROR", dns.GetProperty("response_code").GetString());
        var first = dns.GetProperty("answers")[0];
        Assert.Equal("www.example.com", first.GetProperty("name").GetString());
        Assert.Equal("CNAME", first.GetProperty("type").GetString());
        Assert.Equal("cdn.example.com", first.GetProperty("data").GetString());
        Assert.Equal(300, first.GetProperty("ttl").GetInt32());
        Assert.Equal(3, dns.GetProperty("resolved_ip").GetArrayLength());
    }

    [Fact]
    public void Several_queries_give_arrays_of_distinct_names_and_types()
    {
        var parser = Udp();
        parser.Feed(Query("a.example"), true);
        parser.Feed(Query("a.example", 28), true);
        parser.Feed(Query("b.example"), true);
        var question = Ecs(parser).GetProperty("dns").GetProperty("question");
        Assert.Equal(["a.example", "b.example"], question.GetProperty("name").EnumerateArray().Select(n => n.GetString()!));
        Assert.Equal(["A", "AAAA"], question.GetProperty("type").EnumerateArray().Select(n => n.GetString()!));
    }

    [Fact]
    public void Nxdomain_and_unknown_codes_are_named()
    {
        var parser = Udp();
        var nx = Query();
        nx[2] = 0x81;
        nx[3] = 0x83;
        parser.Feed(nx, false);
        var odd = Query("x.example", 65280);
        odd[2] = 0x81;
        odd[3] = 0x8C;
        parser.Feed(odd, false);
        Assert.Equal(["NXDOMAIN", "RCODE12"], parser.ResponseCodes!);
        Assert.Equal(["A", "TYPE65280"], parser.QuestionTypes!);
    }

    [Fact]
    public void Root_is_a_dot()
    {
        var parser = Udp();
        parser.Feed(Query(".", 2), true);
        Assert.Equal(["."], parser.QuestionNames!);
        Assert.Equal(["NS"], parser.QuestionTypes!);
    }

    [Fact]
    public void Non_printable_bytes_are_escaped_and_utf8_is_kept()
    {
        var m = Query("ab.example").ToList();
        m[13] = 0x07;                                   // "a" -> BEL
        var utf8 = new List<byte> { 0x12, 0x34, 0x01, 0x00, 0, 1, 0, 0, 0, 0, 0, 0, 6, (byte)'c', 0xC3, 0xA9, 0xFF, (byte)'\\', (byte)'.', 0, 0, 1, 0, 1 };
        var parser = Udp();
        parser.Feed(m.ToArray(), true);
        parser.Feed(utf8.ToArray(), true);
        Assert.Equal(["\\x07b.example", "c\u00e9\\xff\\."], parser.QuestionNames!);
        // What the JSON carries is valid UTF-8 that reads back the same.
        Assert.Equal("c\u00e9\\xff\\.", Ecs(parser).GetProperty("dns").GetProperty("question").GetProperty("name")[1].GetString());
    }

    [Fact]
    public void Pointer_loop_terminates_without_a_name()
    {
        // The question name is a pointer to itself; the answer's owner points to a pointer back to it.
        byte[] loop = [0x12, 0x34, 0x81, 0x80, 0, 1, 0, 1, 0, 0, 0, 0, 0xC0, 12, 0, 1, 0, 1, 0xC0, 18, 0, 1, 0, 1, 0, 0, 0, 1, 0, 4, 1, 2, 3, 4];
        var parser = Udp();
        Assert.True(parser.Feed(loop, false));
        Assert.Null(parser.QuestionNames);
        Assert.Equal(["NOERROR"], parser.ResponseCodes!);
        int offset = 12;
        Assert.False(DnsWire.TryReadName(loop, ref offset, new char[DnsWire.MaxNameChars], out _));
        Assert.Equal(12, offset);
        // Two pointers into each other.
        byte[] mutual = [0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0xC0, 14, 0xC0, 12];
        Assert.False(DnsWire.TryReadName(mutual, ref offset, new char[DnsWire.MaxNameChars], out _));
    }

    [Fact]
    public void Names_longer_than_255_bytes_and_labels_longer_than_63_are_refused()
    {
        var chars = new char[DnsWire.MaxNameChars];
        string label63 = new('a', 63);
        // 4 x 63-byte labels: 4 * 64 + 1 = 257 bytes on the wire.
        var tooLong = Name(string.Join('.', label63, label63, label63, label63));
        int offset = 0;
        Assert.False(DnsWire.TryReadName(tooLong, ref offset, chars, out _));
        // 3 x 63 + one 61-byte label: exactly 255 bytes.
        var longest = Name(string.Join('.', label63, label63, label63, new string('b', 61)));
        Assert.Equal(255, longest.Length);
        Assert.True(DnsWire.TryReadName(longest, ref offset, chars, out int written));
        Assert.Equal(253, written);
        byte[] label64 = [64, .. Enumerable.Repeat((byte)'a', 64), 0];
        offset = 0;
        Assert.False(DnsWire.TryReadName(label64, ref offset, chars, out _));
        // A 255-byte name of escaped bytes fits the character buffer.
        var escaped = longest.Select(b => b == 'a' || b == 'b' ? (byte)0x01 : b).ToArray();
        offset = 0;
        Assert.True(DnsWire.TryReadName(escaped, ref offset, chars, out written));
        Assert.Equal(250 * 4 + 3, written);
    }

    [Fact]
    public void Every_prefix_of_every_message_is_read_without_an_exception()
    {
        foreach (var message in new[] { Query(), Response(), TcpFramed(Query(), Response()) })
        {
            for (int length = 0; length <= message.Length; length++)
            {
                var prefix = message.AsSpan(0, length);
                DnsWire.LooksLikeQuery(prefix);
                Udp().Feed(prefix, true);
                var tcp = (DnsParser)DnsParser.Classify(prefix, new FlowEndpoints(IpProtocol.Tcp, 40000, 53), true)!;
                tcp.Feed(prefix, true);
                tcp.Feed(message.AsSpan(length), true);
            }
        }
    }

    [Fact]
    public void Random_bytes_never_throw()
    {
        var random = new Random(5);
        var baseline = Response();
        for (int i = 0; i < 20000; i++)
        {
            var mutated = (byte[])baseline.Clone();
            for (int j = 0; j < 4; j++) mutated[random.Next(mutated.Length)] = (byte)random.Next(256);
            var parser = Udp();
            parser.Feed(mutated, false);
            Ecs(parser);
        }
    }

    internal static byte[] TcpFramed(params byte[][] messages)
    {
        var m = new List<byte>();
        foreach (var message in messages)
        {
            m.Add((byte)(message.Length >> 8));
            m.Add((byte)message.Length);
            m.AddRange(message);
        }
        return m.ToArray();
    }

    [Fact]
    public void Tcp_messages_split_and_joined_across_segments_are_all_read()
    {
        var stream = TcpFramed(Query("one.example"), Query("two.example"), Query("three.example"));
        for (int cut1 = 1; cut1 < stream.Length - 1; cut1 += 3)
        {
            int cut2 = Math.Min(stream.Length, cut1 + 17);
            var parser = (DnsParser)DnsParser.Classify(stream, new FlowEndpoints(IpProtocol.Tcp, 40000, 53), true)!;
            parser.Feed(stream.AsSpan(0, cut1), true);
            parser.Feed(stream.AsSpan(cut1, cut2 - cut1), true);
            parser.Feed(stream.AsSpan(cut2), true);
            Assert.Equal(["one.example", "two.example", "three.example"], parser.QuestionNames!);
            Assert.Equal(3, parser.Messages);
        }
    }

    [Fact]
    public void Tcp_message_longer_than_the_buffer_keeps_its_question_and_the_next_message()
    {
        // A response of MaxTcpBuffer + 1000 bytes: question, then one big TXT answer.
        var big = new List<byte> { 0, 1, 0x81, 0x80, 0, 1, 0, 1, 0, 0, 0, 0 };
        big.AddRange(Name("big.example"));
        big.AddRange([0, 16, 0, 1]);
        int rdLength = DnsParser.MaxTcpBuffer + 1000 - big.Count - 12;
        big.AddRange([0xC0, 12, 0, 16, 0, 1, 0, 0, 0, 1, (byte)(rdLength >> 8), (byte)rdLength]);
        for (int i = 0; i < rdLength; i++) big.Add(i % 256 == 0 ? (byte)255 : (byte)'t');
        var stream = TcpFramed(big.ToArray(), Query("after.example"));
        var parser = (DnsParser)DnsParser.Classify(stream, new FlowEndpoints(IpProtocol.Tcp, 53, 40000), false)!;
        for (int offset = 0; offset < stream.Length; offset += 1400)
            Assert.True(parser.Feed(stream.AsSpan(offset, Math.Min(1400, stream.Length - offset)), false));
        Assert.Equal(["big.example", "after.example"], parser.QuestionNames!);
    }

    [Fact]
    public void Names_are_capped()
    {
        var parser = Udp();
        for (int i = 0; i < DnsParser.MaxNames + 10; i++) parser.Feed(Query($"n{i}.example"), true);
        Assert.Equal(DnsParser.MaxNames, parser.QuestionNames!.Count);
        Assert.Equal($"n{DnsParser.MaxNames - 1}.example", parser.QuestionNames[^1]);
    }

    [Fact]
    public void Answers_and_resolved_addresses_are_capped()
    {
        var m = new List<byte> { 0, 1, 0x81, 0x80, 0, 1, 0, 100, 0, 0, 0, 0 };
        m.AddRange(Name("many.example"));
        m.AddRange([0, 1, 0, 1]);
        for (int i = 0; i < 100; i++) Record(m, [0xC0, 12], 1, 5, [10, 0, 0, (byte)i]);
        var parser = Udp();
        parser.Feed(m.ToArray(), false);
        Assert.Equal(DnsParser.MaxAnswers, parser.Answers!.Count);
        Assert.Equal(DnsParser.MaxResolvedIps, parser.ResolvedIps!.Count);
        Assert.Equal("10.0.0.63", parser.ResolvedIps[^1]);
    }

    [Fact]
    public void Parser_stops_after_the_message_cap_and_after_garbage()
    {
        var parser = Udp();
        for (int i = 1; i < DnsParser.MaxMessages; i++) Assert.True(parser.Feed(Query(), true));
        Assert.False(parser.Feed(Query(), true));

        var garbage = Udp();
        for (int i = 1; i < DnsParser.MaxConsecutiveFailures; i++) Assert.True(garbage.Feed([1, 2, 3], true));
        Assert.False(garbage.Feed([1, 2, 3], true));
    }

    [Fact]
    public void Classifier_takes_dns_ports_and_strict_queries_elsewhere()
    {
        Assert.NotNull(DnsParser.Classify(Response(), new FlowEndpoints(IpProtocol.Udp, 5353, 5353), true));
        Assert.NotNull(DnsParser.Classify(Query(), new FlowEndpoints(IpProtocol.Udp, 40000, 5355), true));
        Assert.NotNull(DnsParser.Classify([0, 5], new FlowEndpoints(IpProtocol.Tcp, 40000, 53), true));
        var other = new FlowEndpoints(IpProtocol.Udp, 40000, 8053);
        Assert.NotNull(DnsParser.Classify(Query(), other, true));
        Assert.NotNull(DnsParser.Classify(Query(edns: false), other, true));
        Assert.Null(DnsParser.Classify(Response(), other, true));
        Assert.Null(DnsParser.Classify(Query().Append((byte)0).ToArray(), other, true));
        Assert.Null(DnsParser.Classify("GET / HTTP/1.1\r\nHost: a\r\n\r\n"u8, other, true));
        Assert.Null(DnsParser.Classify(Query(), new FlowEndpoints(IpProtocol.Tcp, 40000, 8053), true));
    }
}
