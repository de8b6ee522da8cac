using System.Buffers.Binary;
using PcapSearch.Decoding;

namespace PcapSearch.Flows.Protocols.Dns;

/// <summary>
/// DNS over UDP (one message per datagram) and TCP (messages behind a two-byte length, RFC 1035
/// 4.2.2), on ports 53, 5353 (mDNS) and 5355 (LLMNR), and on any UDP port when the first datagram
/// is a strictly well-formed query. Keeps the distinct question names and types, response codes,
/// answers and resolved addresses of the flow's messages, each capped. Names keep their case as
/// sent; bytes that are not printable are escaped (<see cref="EscapedText"/>).
/// </summary>
public sealed class DnsParser : ProtocolParser
{
    /// <summary>Distinct question names kept per flow (dns.question.name).</summary>
    public const int MaxNames = 32;
    /// <summary>Distinct question types kept per flow (dns.question.type).</summary>
    public const int MaxTypes = 8;
    /// <summary>Distinct response codes kept per flow (dns.response_code).</summary>
    public const int MaxResponseCodes = 8;
    /// <summary>Distinct answers kept per flow (dns.answers).</summary>
    public const int MaxAnswers = 64;
    /// <summary>Distinct A/AAAA addresses kept per flow (dns.resolved_ip).</summary>
    public const int MaxResolvedIps = 64;
    /// <summary>Messages read per flow before the parser stops.</summary>
    public const int MaxMessages = 256;
    /// <summary>Packets in a row that hold no readable message before the parser gives up.</summary>
    public const int MaxConsecutiveFailures = 4;
    /// <summary>Bytes buffered per direction of a TCP flow while a message is incomplete.</summary>
    public const int MaxTcpBuffer = 4096;
    /// <summary>Characters kept of a TXT answer's text.</summary>
    public const int MaxTextChars = 1024;

    private readonly bool _tcp;
    private FewValues<string> _names;
    private FewValues<ushort> _types;
    private FewValues<ushort> _responseCodes;
    private FewValues<DnsAnswer> _answers;
    private FewValues<string> _resolvedIps;
    private StreamState _fromClient;
    private StreamState _fromServer;
    private int _messages;
    private int _failures;

    internal DnsParser(bool tcp) => _tcp = tcp;

    public override string Name => "dns";

    /// <summary>The distinct question names, in the order first seen; null when none was read.</summary>
    public IReadOnlyList<string>? QuestionNames => _names.ToList();
    public IReadOnlyList<DnsAnswer>? Answers => _answers.ToList();
    public IReadOnlyList<string>? ResolvedIps => _resolvedIps.ToList();
    public IReadOnlyList<string>? QuestionTypes => _types.ToList()?.Select(TypeText).ToList();
    public IReadOnlyList<string>? ResponseCodes => _responseCodes.ToList()?.Select(ResponseCodeText).ToList();
    /// <summary>Messages read so far.</summary>
    public int Messages => _messages;

    public static void Register(ProtocolRegistry registry) => registry.Add(Classify);

    public static ProtocolParser? Classify(ReadOnlySpan<byte> payload, in FlowEndpoints endpoints, bool fromSource)
    {
        if (endpoints.Transport == IpProtocol.Udp)
        {
            if (IsDnsPort(endpoints.SourcePort) || IsDnsPort(endpoints.DestinationPort))
                return payload.Length >= DnsWire.HeaderLength ? new DnsParser(tcp: false) : null;
            return DnsWire.LooksLikeQuery(payload) ? new DnsParser(tcp: false) : null;
        }
        if (endpoints.Transport == IpProtocol.Tcp && (IsDnsTcpPort(endpoints.SourcePort) || IsDnsTcpPort(endpoints.DestinationPort)))
            return new DnsParser(tcp: true);
        return null;
    }

    private static bool IsDnsPort(ushort port) => port is 53 or 5353 or 5355;

    private static bool IsDnsTcpPort(ushort port) => port is 53 or 5355;

    public override bool Feed(ReadOnlySpan<byte> payload, bool fromSource)
    {
        bool ok = _tcp ? FeedStream(ref fromSource ? ref _fromClient : ref _fromServer, payload) : ReadMessage(payload);
        _failures = ok ? 0 : _failures + 1;
        return _messages < MaxMessages && _failures < MaxConsecutiveFailures;
    }

    /// <summary>TCP: reads every message completed by this segment; false when the framing made no sense.</summary>
    private bool FeedStream(ref StreamState state, ReadOnlySpan<byte> data)
    {
        bool ok = true;
        while (!data.IsEmpty)
        {
            if (state.Skip > 0)
            {
                int skipped = Math.Min(state.Skip, data.Length);
                state.Skip -= skipped;
                data = data[skipped..];
                continue;
            }
            if (state.Length == 0 && data.Length >= 2)
            {
                int length = BinaryPrimitives.ReadUInt16BigEndian(data);
                if (data.Length >= 2 + length)
                {
                    ok &= ReadMessage(data.Slice(2, length));
                    data = data[(2 + length)..];
                    continue;
                }
            }
            state.Buffer ??= new byte[MaxTcpBuffer];
            var unread = data;
            int taken = Math.Min(MaxTcpBuffer - state.Length, data.Length);
            data[..taken].CopyTo(state.Buffer.AsSpan(state.Length));
            state.Length += taken;
            data = data[taken..];
            if (state.Length < 2) continue;
            int messageLength = BinaryPrimitives.ReadUInt16BigEndian(state.Buffer);
            if (state.Length >= 2 + messageLength)
            {
                ok &= ReadMessage(state.Buffer.AsSpan(2, messageLength));
                // The buffer held no whole message before this copy, so what follows the message is
                // the tail of the bytes just copied: read it again from the segment itself.
                int rest = state.Length - 2 - messageLength;
                data = unread[(taken - rest)..];
                state.Length = 0;
                continue;
            }
            if (state.Length == MaxTcpBuffer)
            {
                // A message longer than the buffer: read its head (the questions come first) and skip the rest.
                ok &= ReadMessage(state.Buffer.AsSpan(2, MaxTcpBuffer - 2));
                state.Skip = 2 + messageLength - MaxTcpBuffer;
                state.Length = 0;
            }
        }
        return ok;
    }

    /// <summary>Reads one message; false when it is too short or its first question cannot be read.</summary>
    [System.Runtime.CompilerServices.SkipLocalsInit]
    internal bool ReadMessage(ReadOnlySpan<byte> message)
    {
        if (message.Length < DnsWire.HeaderLength) return false;
        _messages++;
        ushort flags = DnsWire.U16(message, 2);
        int questions = DnsWire.U16(message, 4);
        int answers = DnsWire.U16(message, 6);
        bool response = (flags & 0x8000) != 0;
        if (response) AddCode(ref _responseCodes, (ushort)(flags & 0xF), MaxResponseCodes);

        Span<char> text = stackalloc char[DnsWire.MaxNameChars];
        int offset = DnsWire.HeaderLength;
        bool ok = true;
        for (int i = 0; i < questions; i++)
        {
            if (!DnsWire.TryReadName(message, ref offset, text, out int written) || offset + 4 > message.Length)
            {
                ok = i > 0;
                return ok;
            }
            AddName(text[..written]);
            AddCode(ref _types, DnsWire.U16(message, offset), MaxTypes);
            offset += 4;
        }
        if (!response) return ok;

        Span<char> data = stackalloc char[Math.Max(DnsWire.MaxNameChars, MaxTextChars)];
        for (int i = 0; i < answers; i++)
        {
            if (!DnsWire.TryReadName(message, ref offset, text, out int nameLength) || offset + 10 > message.Length) break;
            ushort type = DnsWire.U16(message, offset);
            uint ttl = BinaryPrimitives.ReadUInt32BigEndian(message[(offset + 4)..]);
            int rdLength = DnsWire.U16(message, offset + 8);
            int rdata = offset + 10;
            if (rdata + rdLength > message.Length) break;
            offset = rdata + rdLength;
            int dataLength = ReadData(message, type, rdata, rdLength, data);
            AddAnswer(text[..nameLength], type, dataLength < 0 ? default : data[..dataLength], dataLength >= 0, ttl);
        }
        return ok;
    }

    /// <summary>The answer's data as text: the address, the target name or the text; -1 for a type we do not show.</summary>
    private int ReadData(ReadOnlySpan<byte> message, ushort type, int rdata, int rdLength, Span<char> data)
    {
        var record = message.Slice(rdata, rdLength);
        switch (type)
        {
            case 1 when rdLength == 4:
            case 28 when rdLength == 16:
                Span<byte> utf8 = stackalloc byte[IpAddress.MaxTextLength];
                var address = rdLength == 4 ? IpAddress.FromIpv4(record) : IpAddress.FromIpv6(record);
                int length = address.FormatUtf8(utf8);
                for (int i = 0; i < length; i++) data[i] = (char)utf8[i];
                AddResolvedIp(utf8[..length]);
                return length;
            case 2 or 5 or 12 or 39 or 6:
                return NameAt(message, rdata, rdLength, data);
            case 15:
                return rdLength > 2 ? NameAt(message, rdata + 2, rdLength - 2, data) : -1;
            case 33:
                return rdLength > 6 ? NameAt(message, rdata + 6, rdLength - 6, data) : -1;
            case 16 or 99:
                return CharacterStrings(record, data);
            default:
                return -1;
        }
    }

    private static int NameAt(ReadOnlySpan<byte> message, int offset, int available, Span<char> data)
    {
        int start = offset;
        // The name must start inside the record; compression may point anywhere before it.
        return available > 0 && DnsWire.TryReadName(message, ref offset, data, out int written) && offset - start <= available ? written : -1;
    }

    /// <summary>TXT: the character-strings, escaped, separated by one space, cut at <see cref="MaxTextChars"/>.</summary>
    private static int CharacterStrings(ReadOnlySpan<byte> record, Span<char> data)
    {
        int written = 0;
        int offset = 0;
        while (offset < record.Length)
        {
            int length = record[offset];
            if (offset + 1 + length > record.Length) break;
            if (offset > 0)
            {
                if (written >= data.Length) break;
                data[written++] = ' ';
            }
            written += EscapedText.Escape(record.Slice(offset + 1, length), data[written..]);
            offset += 1 + length;
        }
        return written;
    }

    private void AddName(ReadOnlySpan<char> name)
    {
        if (_names.Count >= MaxNames) return;
        for (int i = 0; i < _names.Count; i++)
        {
            if (name.SequenceEqual(_names[i])) return;
        }
        _names.Add(new string(name));
    }

    private static void AddCode(ref FewValues<ushort> codes, ushort code, int cap)
    {
        if (codes.Count >= cap || codes.Contains(code)) return;
        codes.Add(code);
    }

    private void AddResolvedIp(ReadOnlySpan<byte> utf8)
    {
        if (_resolvedIps.Count >= MaxResolvedIps) return;
        for (int i = 0; i < _resolvedIps.Count; i++)
        {
            if (System.Text.Ascii.Equals(utf8, _resolvedIps[i])) return;
        }
        _resolvedIps.Add(System.Text.Encoding.ASCII.GetString(utf8));
    }

    private void AddAnswer(ReadOnlySpan<char> name, ushort type, ReadOnlySpan<char> data, bool hasData, uint ttl)
    {
        if (_answers.Count >= MaxAnswers) return;
        for (int i = 0; i < _answers.Count; i++)
        {
            var known = _answers[i];
            if (known.TypeCode == type && name.SequenceEqual(known.Name) && hasData == (known.Data != null)
                && (!hasData || data.SequenceEqual(known.Data))) return;
        }
        _answers.Add(new DnsAnswer(Held(name), type, hasData ? Held(data) : null, ttl));
    }

    /// <summary>
    /// The text as a string, reusing one this flow already holds: an answer usually repeats the
    /// question's name, and an A/AAAA answer's data is a resolved address already kept.
    /// </summary>
    private string Held(ReadOnlySpan<char> text)
    {
        if (_names.Count > 0)
        {
            foreach (var name in _names) if (text.SequenceEqual(name)) return name;
        }
        if (_resolvedIps.Count > 0)
        {
            foreach (var ip in _resolvedIps) if (text.SequenceEqual(ip)) return ip;
        }
        if (_answers.Count > 0)
        {
            foreach (var answer in _answers)
            {
                if (text.SequenceEqual(answer.Name)) return answer.Name;
                if (answer.Data != null && text.SequenceEqual(answer.Data)) return answer.Data;
            }
        }
        return new string(text);
    }

    public override void WriteEcs(EcsWriter ecs)
    {
        if (_names.Count == 0 && _responseCodes.Count == 0 && _answers.Count == 0) return;
        ecs.StartObject("dns"u8);
        if (_names.Count > 0 || _types.Count > 0)
        {
            ecs.StartObject("question"u8);
            if (_names.Count > 0) ecs.OneOrMany("name"u8, _names);
            if (_types.Count > 0)
            {
                if (_types.Count == 1) ecs.Text("type"u8, TypeText(_types[0]));
                else
                {
                    ecs.StartArray("type"u8);
                    foreach (var type in _types) ecs.Text(TypeText(type));
                    ecs.EndArray();
                }
            }
            ecs.EndObject();
        }
        if (_responseCodes.Count > 0)
        {
            if (_responseCodes.Count == 1) ecs.Text("response_code"u8, ResponseCodeText(_responseCodes[0]));
            else
            {
                ecs.StartArray("response_code"u8);
                foreach (var code in _responseCodes) ecs.Text(ResponseCodeText(code));
                ecs.EndArray();
            }
        }
        if (_answers.Count > 0)
        {
            ecs.StartArray("answers"u8);
            foreach (var answer in _answers)
            {
                ecs.StartObject();
                ecs.Text("name"u8, answer.Name);
                ecs.Text("type"u8, answer.Type);
                if (answer.Data != null) ecs.Text("data"u8, answer.Data);
                ecs.Number("ttl"u8, answer.Ttl);
                ecs.EndObject();
            }
            ecs.EndArray();
        }
        if (_resolvedIps.Count > 0)
        {
            ecs.StartArray("resolved_ip"u8);
            foreach (var ip in _resolvedIps) ecs.Text(ip);
            ecs.EndArray();
        }
        ecs.EndObject();
    }

    /// <summary>The mnemonic, or TYPEnnn (RFC 3597) for a type without one.</summary>
    internal static string TypeText(ushort type) =>
        DnsWire.TypeName(type) ?? "TYPE" + type.ToString(System.Globalization.CultureInfo.InvariantCulture);

    /// <summary>The mnemonic, or RCODEnn for a code without one.</summary>
    internal static string ResponseCodeText(ushort code) =>
        DnsWire.ResponseCodeName(code) ?? "RCODE" + code.ToString(System.Globalization.CultureInfo.InvariantCulture);

    /// <summary>One TCP direction: a message still arriving, and how much of an over-long one to skip.</summary>
    private struct StreamState
    {
        public byte[]? Buffer;
        public int Length;
        public int Skip;
    }
}

/// <summary>One resource record of an answer section (ECS dns.answers).</summary>
/// <param name="Name">The owner name, escaped.</param>
/// <param name="TypeCode">The record type's number.</param>
/// <param name="Data">The address (A, AAAA), target name (CNAME, NS, PTR, DNAME, MX, SRV, SOA's primary server) or text (TXT, SPF); null for other types.</param>
/// <param name="Ttl">Seconds.</param>
public sealed record DnsAnswer(string Name, ushort TypeCode, string? Data, uint Ttl)
{
    public string Type => DnsParser.TypeText(TypeCode);
}
