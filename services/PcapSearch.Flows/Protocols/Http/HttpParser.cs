using System.Text;
using PcapSearch.Decoding;

namespace PcapSearch.Flows.Protocols.Http;

/// <summary>
/// HTTP/1.x heads, requests and responses, in either direction of a TCP flow (and SSDP-style
/// requests over UDP). Only heads are parsed: a head split over several packets is buffered up to
/// <see cref="MaxHeadBytes"/> per direction; a body is skipped by its Content-Length, and after a
/// chunked or unbounded body the direction waits for a packet that starts a new message. Without
/// TCP reassembly a packet that starts with a request line or "HTTP/1." while a body is expected is
/// taken as a new message (a HEAD or 304 response has a Content-Length but no body).
/// </summary>
public sealed class HttpParser : ProtocolParser
{
    /// <summary>Bytes of one head buffered per direction while it spans packets; a longer head is read as far as it goes.</summary>
    public const int MaxHeadBytes = 8192;
    /// <summary>Requests (and responses) read per flow; distinct values per field are kept up to this many.</summary>
    public const int MaxTransactions = 16;
    /// <summary>Packets in a row that neither start a message nor belong to a known body before the parser stops.</summary>
    public const int MaxIdlePackets = 64;
    /// <summary>Bytes of a request target or header value kept.</summary>
    public const int MaxValueBytes = 4096;

    private FewValues<string> _methods;
    private FewValues<string> _targets;
    private FewValues<string> _domains;
    private FewValues<string> _paths;
    private FewValues<string> _queries;
    private FewValues<string> _userAgents;
    private FewValues<string> _versions;
    private FewValues<int> _statusCodes;
    private Direction _fromClient;
    private Direction _fromServer;
    private int _requests;
    private int _responses;
    private int _idle;

    internal HttpParser()
    {
    }

    public override string Name => "http";

    public IReadOnlyList<string>? Methods => _methods.ToList();
    public IReadOnlyList<string>? Targets => _targets.ToList();
    public IReadOnlyList<string>? Domains => _domains.ToList();
    public IReadOnlyList<string>? Paths => _paths.ToList();
    public IReadOnlyList<string>? Queries => _queries.ToList();
    public IReadOnlyList<string>? UserAgents => _userAgents.ToList();
    public IReadOnlyList<string>? Versions => _versions.ToList();
    public IReadOnlyList<int>? StatusCodes => _statusCodes.ToList();
    /// <summary>Request heads read (counted past the cap, stored up to it).</summary>
    public int Requests => _requests;
    public int Responses => _responses;

    public static void Register(ProtocolRegistry registry) => registry.Add(Classify);

    public static ProtocolParser? Classify(ReadOnlySpan<byte> payload, in FlowEndpoints endpoints, bool fromSource) =>
        (endpoints.Transport == IpProtocol.Tcp || endpoints.Transport == IpProtocol.Udp) && HttpSyntax.StartsMessage(payload)
            ? new HttpParser()
            : null;

    private bool _handsOver;

    public override bool HandsOver => _handsOver;

    public override bool Feed(ReadOnlySpan<byte> payload, bool fromSource)
    {
        ref var direction = ref fromSource ? ref _fromClient : ref _fromServer;
        if (!direction.Done) Consume(ref direction, payload);
        return !(_requests >= MaxTransactions && _responses >= MaxTransactions)
            && !(_fromClient.Done && _fromServer.Done)
            && _idle < MaxIdlePackets;
    }

    private void Consume(ref Direction direction, ReadOnlySpan<byte> data)
    {
        bool packetStart = true;
        while (!data.IsEmpty && !direction.Done)
        {
            if (direction.Length == 0)
            {
                if (direction.Body > 0 || direction.Chunk != ChunkState.None)
                {
                    if (packetStart && HttpSyntax.StartsMessage(data))
                    {
                        // A lost segment, or a body the head announced but never sent (HEAD, 304): a new message.
                        direction.Body = 0;
                        direction.Chunk = ChunkState.None;
                    }
                    else if (direction.Body > 0)
                    {
                        int skipped = (int)Math.Min(direction.Body, data.Length);
                        direction.Body -= skipped;
                        data = data[skipped..];
                        packetStart = false;
                        continue;
                    }
                    else
                    {
                        int used = SkipChunks(ref direction, data);
                        if (used < 0)
                        {
                            direction.Chunk = ChunkState.None;
                            direction.Resync = true;
                            _idle++;
                            return;
                        }
                        data = data[used..];
                        packetStart = false;
                        continue;
                    }
                }
                if (direction.Resync && !(packetStart && HttpSyntax.StartsMessage(data)))
                {
                    _idle++;
                    return;
                }
                direction.Resync = false;
                if (!HttpSyntax.CouldStartMessage(data))
                {
                    // Not a head where one should start: wait for a packet that starts one.
                    direction.Resync = true;
                    _idle++;
                    return;
                }
                int headLength = HttpSyntax.HeadLength(data);
                if (headLength >= 0)
                {
                    ReadHead(ref direction, data[..headLength], complete: true);
                    data = data[headLength..];
                    packetStart = false;
                    continue;
                }
            }
            else if (packetStart && HttpSyntax.StartsMessage(data) && !HttpSyntax.StartsMessage(direction.Buffer!.AsSpan(0, direction.Length)))
            {
                // The buffered bytes were a stray fragment (a body longer than announced): this packet starts afresh.
                direction.Length = 0;
                continue;
            }

            // The head continues in a later packet: buffer it, up to the cap.
            direction.Buffer ??= new byte[MaxHeadBytes];
            var unread = data;
            int taken = Math.Min(MaxHeadBytes - direction.Length, data.Length);
            int searchFrom = Math.Max(0, direction.Length - 3);
            data[..taken].CopyTo(direction.Buffer.AsSpan(direction.Length));
            direction.Length += taken;
            data = data[taken..];
            var buffered = direction.Buffer.AsSpan(0, direction.Length);
            int end = HttpSyntax.HeadLength(buffered[searchFrom..]);
            if (end >= 0)
            {
                end += searchFrom;
                ReadHead(ref direction, buffered[..end], complete: true);
                // The buffer held no head end before this copy: what follows the head is the tail
                // of the bytes just copied, read again from the packet itself.
                data = unread[(taken - (direction.Length - end))..];
                direction.Length = 0;
                packetStart = false;
                continue;
            }
            if (direction.Length == MaxHeadBytes)
            {
                // A head longer than the cap: keep what its complete lines say, then wait for the next message.
                ReadHead(ref direction, buffered, complete: false);
                direction.Length = 0;
                direction.Resync = true;
                return;
            }
            // data is empty here: everything fitted in the buffer.
        }
    }

    /// <summary>Reads one head; <paramref name="complete"/> is false for a head cut at the buffer cap.</summary>
    private void ReadHead(ref Direction direction, ReadOnlySpan<byte> head, bool complete)
    {
        _idle = 0;
        if (!HttpSyntax.TryTakeLine(ref head, out var startLine)) return;
        bool response = startLine.StartsWith("HTTP/1."u8);
        int status = 0;
        bool connect = false;
        if (response)
        {
            var line = startLine;
            var version = HttpSyntax.Token(ref line);
            var code = HttpSyntax.Token(ref line);
            if (code.Length == 3 && IsDigit(code[0]) && IsDigit(code[1]) && IsDigit(code[2]))
                status = (code[0] - '0') * 100 + (code[1] - '0') * 10 + (code[2] - '0');
            if (_responses++ < MaxTransactions)
            {
                AddDistinct(ref _versions, version["HTTP/".Length..]);
                if (status > 0)
                {
                    if (!_statusCodes.Contains(status)) _statusCodes.Add(status);
                }
            }
        }
        else
        {
            var line = startLine;
            var method = HttpSyntax.Token(ref line);
            var target = HttpSyntax.Token(ref line);
            var version = HttpSyntax.Token(ref line);
            connect = method.SequenceEqual("CONNECT"u8);
            if (_requests++ < MaxTransactions)
            {
                AddDistinct(ref _methods, method);
                if (!target.IsEmpty)
                {
                    AddDistinct(ref _targets, target);
                    if (target[0] == '/')
                    {
                        int question = target.IndexOf((byte)'?');
                        AddDistinct(ref _paths, question < 0 ? target : target[..question]);
                        if (question >= 0) AddDistinct(ref _queries, target[(question + 1)..]);
                    }
                }
                if (version.StartsWith("HTTP/"u8)) AddDistinct(ref _versions, version["HTTP/".Length..]);
            }
        }

        long contentLength = -1;
        bool chunked = false;
        bool unknownCoding = false;
        bool store = response ? _responses <= MaxTransactions : _requests <= MaxTransactions;
        while (HttpSyntax.TryTakeLine(ref head, out var line))
        {
            if (line.IsEmpty) break;
            if (!HttpSyntax.TrySplitHeader(line, out var name, out var value)) continue;
            if (name.Length == 4 && Ascii.EqualsIgnoreCase(name, "Host"u8))
            {
                if (!response && store) AddDistinct(ref _domains, HttpSyntax.HostWithoutPort(value));
            }
            else if (name.Length == 10 && Ascii.EqualsIgnoreCase(name, "User-Agent"u8))
            {
                if (!response && store) AddDistinct(ref _userAgents, value);
            }
            else if (name.Length == 14 && Ascii.EqualsIgnoreCase(name, "Content-Length"u8))
            {
                if (!HttpSyntax.TryParseLength(value, out contentLength)) contentLength = -1;
            }
            else if (name.Length == 17 && Ascii.EqualsIgnoreCase(name, "Transfer-Encoding"u8))
            {
                // RFC 9112 wants chunked last; like tshark, a list naming it anywhere ("chunked, identity")
                // is read as chunked. Any other coding leaves the length unknown.
                chunked = HttpSyntax.ContainsChunked(value);
                unknownCoding = !chunked;
            }
        }
        if (!complete) return;

        if (response && (status == 101 || (status >= 200 && status < 300 && direction.AfterConnect)))
        {
            // Switching protocols or a CONNECT tunnel: what follows is not HTTP.
            _fromClient.Done = _fromServer.Done = true;
            _handsOver = true;
            return;
        }
        bool noBody = response ? status < 200 || status == 204 || status == 304 : false;
        if (noBody) return;
        if (chunked)
        {
            direction.Chunk = ChunkState.Size;
            direction.ChunkSize = 0;
            direction.ChunkDigits = 0;
            direction.ChunkExtension = false;
        }
        else if (unknownCoding || (response && contentLength < 0)) direction.Resync = true;
        else if (contentLength > 0) direction.Body = contentLength;
        if (connect) _fromServer.AfterConnect = _fromClient.AfterConnect = true;
    }

    /// <summary>
    /// Walks a chunked body (RFC 9112 7.1) without keeping it: reads chunk-size lines digit by digit
    /// (so a line split between packets is fine), sets <see cref="Direction.Body"/> to skip each
    /// chunk's data, and reads trailer lines to the empty one. Returns the bytes used (stopping
    /// after a size line or at the body's end), or -1 when a size line is not one.
    /// </summary>
    private static int SkipChunks(ref Direction direction, ReadOnlySpan<byte> data)
    {
        int i = 0;
        while (i < data.Length)
        {
            byte b = data[i++];
            if (direction.Chunk == ChunkState.Trailer)
            {
                if (b == '\n')
                {
                    if (direction.LineLength == 0)
                    {
                        direction.Chunk = ChunkState.None;
                        return i;
                    }
                    direction.LineLength = 0;
                }
                else if (b != '\r')
                {
                    direction.LineLength++;
                }
                continue;
            }
            if (b == '\n')
            {
                // A blank line here is the CRLF that ends the previous chunk's data.
                if (direction.ChunkDigits == 0) continue;
                long size = direction.ChunkSize;
                direction.ChunkSize = 0;
                direction.ChunkDigits = 0;
                direction.ChunkExtension = false;
                if (size == 0)
                {
                    direction.Chunk = ChunkState.Trailer;
                    direction.LineLength = 0;
                    continue;
                }
                direction.Body = size;
                return i;
            }
            if (b == '\r' || direction.ChunkExtension) continue;
            if (b == ';' || b == ' ' || b == '\t')
            {
                if (direction.ChunkDigits == 0) return -1;
                direction.ChunkExtension = true;
                continue;
            }
            int digit = b >= '0' && b <= '9' ? b - '0' : (b | 0x20) >= 'a' && (b | 0x20) <= 'f' ? (b | 0x20) - 'a' + 10 : -1;
            if (digit < 0 || ++direction.ChunkDigits > 15) return -1;
            direction.ChunkSize = direction.ChunkSize * 16 + digit;
        }
        return i;
    }

    private static bool IsDigit(byte b) => b >= '0' && b <= '9';

    private static void AddDistinct(ref FewValues<string> values, ReadOnlySpan<byte> value)
    {
        if (value.IsEmpty) return;
        if (value.Length > MaxValueBytes) value = value[..MaxValueBytes];
        if (values.Count >= MaxTransactions) return;
        for (int i = 0; i < values.Count; i++)
        {
            if (EscapedText.SameText(values[i], value)) return;
        }
        values.Add(Common(value) ?? EscapedText.ToText(value));
    }

    /// <summary>Methods, versions and the root path most messages carry, shared instead of made per flow.</summary>
    private static readonly string[] CommonValues = ["GET", "POST", "HEAD", "PUT", "DELETE", "OPTIONS", "CONNECT", "PATCH", "1.1", "1.0", "/"];

    private static string? Common(ReadOnlySpan<byte> value)
    {
        if (value.Length > 7) return null;
        foreach (string common in CommonValues)
        {
            if (Ascii.Equals(value, common)) return common;
        }
        return null;
    }

    public override void WriteEcs(EcsWriter ecs)
    {
        if (_methods.Count > 0 || _statusCodes.Count > 0 || _versions.Count > 0)
        {
            ecs.StartObject("http"u8);
            if (_methods.Count > 0)
            {
                ecs.StartObject("request"u8);
                ecs.OneOrMany("method"u8, _methods);
                ecs.EndObject();
            }
            if (_statusCodes.Count > 0)
            {
                ecs.StartObject("response"u8);
                if (_statusCodes.Count == 1) ecs.Number("status_code"u8, _statusCodes[0]);
                else
                {
                    ecs.StartArray("status_code"u8);
                    for (int i = 0; i < _statusCodes.Count; i++) ecs.Number(_statusCodes[i]);
                    ecs.EndArray();
                }
                ecs.EndObject();
            }
            if (_versions.Count > 0) ecs.OneOrMany("version"u8, _versions);
            ecs.EndObject();
        }
        if (_targets.Count > 0 || _domains.Count > 0)
        {
            ecs.StartObject("url"u8);
            if (_targets.Count > 0) ecs.OneOrMany("original"u8, _targets);
            if (_domains.Count > 0) ecs.OneOrMany("domain"u8, _domains);
            if (_paths.Count > 0) ecs.OneOrMany("path"u8, _paths);
            if (_queries.Count > 0) ecs.OneOrMany("query"u8, _queries);
            ecs.EndObject();
        }
        if (_userAgents.Count > 0)
        {
            ecs.StartObject("user_agent"u8);
            ecs.OneOrMany("original"u8, _userAgents);
            ecs.EndObject();
        }
    }

    /// <summary>One direction of the connection: a head still arriving, a body being skipped, or waiting for a new message.</summary>
    private struct Direction
    {
        public byte[]? Buffer;
        public int Length;
        public long Body;
        public bool Resync;
        public bool AfterConnect;
        public bool Done;
        public ChunkState Chunk;
        public long ChunkSize;
        public int ChunkDigits;
        public bool ChunkExtension;
        public int LineLength;
    }

    private enum ChunkState : byte
    {
        None,
        /// <summary>Reading a chunk-size line (or the CRLF before it).</summary>
        Size,
        /// <summary>After the last chunk: trailer lines up to an empty one.</summary>
        Trailer,
    }
}
