using System.Buffers.Binary;
using System.Text;
using PcapSearch.Decoding;

namespace PcapSearch.Flows.Protocols.Tls;

/// <summary>
/// TLS (and SSL 3.0, SSLv2-compatible hellos): reads the ClientHello and the ServerHello of a TCP
/// flow on any port, each reassembled across segments and records up to <see cref="MaxBufferedBytes"/>
/// per direction, and keeps SNI, JA3, JA3S, the negotiated version and cipher. Gives up a direction
/// on anything that is not a hello; stops once both directions are settled.
/// </summary>
public sealed class TlsParser : ProtocolParser
{
    /// <summary>Bytes one direction may hold while its hello is incomplete.</summary>
    public const int MaxBufferedBytes = 16 * 1024;

    /// <summary>Payload packets fed before the parser stops waiting for a silent direction.</summary>
    public const int MaxPackets = 16;

    private enum Stage : byte { Pending, Done, Failed }

    private struct Side
    {
        public SegmentBuffer Buffer;
        public Stage Stage;
    }

    private readonly bool _clientIsSource;
    private Side _client;
    private Side _server;
    private byte[]? _scratch;
    private int _packets;

    internal TlsParser(bool clientIsSource) => _clientIsSource = clientIsSource;

    public override string Name => "tls";

    /// <summary>tls.client.server_name: the first host_name of the SNI extension.</summary>
    public string? ServerName { get; private set; }
    /// <summary>tls.client.ja3: MD5 of <see cref="Ja3String"/>.</summary>
    public string? Ja3 { get; private set; }
    /// <summary>tls.client.ja3_string: version,ciphers,extensions,curves,point formats (salesforce/ja3).</summary>
    public string? Ja3String { get; private set; }
    /// <summary>tls.client.supported_ciphers: the ClientHello's suites in order, GREASE left out.</summary>
    public ushort[]? SupportedCiphers { get; private set; }
    /// <summary>tls.server.ja3s: MD5 of version,cipher,extensions of the ServerHello.</summary>
    public string? Ja3s { get; private set; }
    public string? Ja3sString { get; private set; }
    /// <summary>tls.version ("1.2", "1.3", "3.0"), from the ServerHello (its supported_versions for 1.3).</summary>
    public string? Version { get; private set; }
    /// <summary>tls.version_protocol: "tls" or "ssl".</summary>
    public string? VersionProtocol { get; private set; }
    /// <summary>tls.cipher: the suite the server chose, by IANA name or hex.</summary>
    public ushort? Cipher { get; private set; }
    /// <summary>Whether a direction gave up because its hello passed <see cref="MaxBufferedBytes"/>.</summary>
    public bool HitCap { get; private set; }

    public static void Register(ProtocolRegistry registry) => registry.Add(Classify);

    /// <summary>A TLS handshake record holding a ClientHello or ServerHello, or an SSLv2-format ClientHello, on TCP.</summary>
    public static ProtocolParser? Classify(ReadOnlySpan<byte> payload, in FlowEndpoints endpoints, bool fromSource)
    {
        if (endpoints.Transport != IpProtocol.Tcp || payload.Length < 6) return null;
        if (TlsRecords.IsRecordHeader(payload, TlsRecords.ContentHandshake))
        {
            return payload[5] switch
            {
                TlsHello.ClientHelloType => new TlsParser(fromSource),
                TlsHello.ServerHelloType => new TlsParser(!fromSource),
                _ => null,
            };
        }
        return IsSslv2ClientHello(payload) ? new TlsParser(fromSource) : null;
    }

    /// <summary>SSLv2 record (2-byte length, high bit set) holding CLIENT-HELLO for SSL 2.0 or 3.x (RFC 5246 appendix E.2).</summary>
    private static bool IsSslv2ClientHello(ReadOnlySpan<byte> payload) =>
        payload.Length >= 5 && (payload[0] & 0x80) != 0 && payload[2] == 1
        && ((payload[3] == 3 && payload[4] <= 4) || (payload[3] == 0 && payload[4] == 2))
        && ((payload[0] & 0x7f) << 8 | payload[1]) >= 9;

    public override bool Feed(ReadOnlySpan<byte> payload, bool fromSource)
    {
        bool client = fromSource == _clientIsSource;
        ref Side side = ref client ? ref _client : ref _server;
        if (side.Stage == Stage.Pending && !payload.IsEmpty) Read(ref side, payload, client);
        return (_client.Stage == Stage.Pending || _server.Stage == Stage.Pending) && ++_packets < MaxPackets;
    }

    private void Read(ref Side side, ReadOnlySpan<byte> payload, bool client)
    {
        ReadOnlySpan<byte> stream = payload;
        if (!side.Buffer.IsEmpty)
        {
            if (!side.Buffer.TryAppend(payload, MaxBufferedBytes))
            {
                GiveUp(ref side, capped: true);
                return;
            }
            stream = side.Buffer.Span;
        }
        if (stream.Length >= 5 && (stream[0] & 0x80) != 0)
        {
            ReadSslv2(ref side, stream, client);
            return;
        }
        switch (TlsRecords.TryReadFirstHandshake(stream, ref _scratch, MaxBufferedBytes, out var message))
        {
            case TlsReadStatus.Complete:
                bool read = client
                    ? message[0] == TlsHello.ClientHelloType && ReadClientHello(message[4..])
                    : message[0] == TlsHello.ServerHelloType && ReadServerHello(message[4..]);
                side.Buffer.Release();
                side.Stage = read ? Stage.Done : Stage.Failed;
                break;
            case TlsReadStatus.Incomplete:
                if (side.Buffer.IsEmpty && !side.Buffer.TryAppend(payload, MaxBufferedBytes)) GiveUp(ref side, capped: true);
                else if (side.Buffer.Length >= MaxBufferedBytes) GiveUp(ref side, capped: true);
                break;
            default:
                GiveUp(ref side, capped: false);
                break;
        }
    }

    private void GiveUp(ref Side side, bool capped)
    {
        side.Buffer.Release();
        side.Stage = Stage.Failed;
        HitCap |= capped;
    }

    /// <summary>SSLv2 CLIENT-HELLO (no JA3: salesforce/ja3 reads only TLS records) or SERVER-HELLO (its version).</summary>
    private void ReadSslv2(ref Side side, ReadOnlySpan<byte> stream, bool client)
    {
        side.Buffer.Release();
        side.Stage = Stage.Failed;
        if (client && IsSslv2ClientHello(stream))
        {
            side.Stage = Stage.Done;
        }
        else if (!client && stream.Length >= 7 && stream[2] == 4)
        {
            (Version, VersionProtocol) = TlsHello.VersionName(BinaryPrimitives.ReadUInt16BigEndian(stream[5..]));
            side.Stage = Stage.Done;
        }
    }

    private bool ReadClientHello(ReadOnlySpan<byte> body)
    {
        if (!TlsHello.TryReadClientHello(body, out var hello)) return false;
        if (!hello.ServerName.IsEmpty) ServerName = Encoding.UTF8.GetString(hello.ServerName);
        (Ja3String, Ja3) = TlsHello.Ja3(hello);
        int count = 0;
        for (int i = 0; i + 1 < hello.CipherSuites.Length; i += 2)
        {
            if (!TlsHello.IsGrease(BinaryPrimitives.ReadUInt16BigEndian(hello.CipherSuites[i..]))) count++;
        }
        var ciphers = new ushort[count];
        count = 0;
        for (int i = 0; i + 1 < hello.CipherSuites.Length; i += 2)
        {
            ushort suite = BinaryPrimitives.ReadUInt16BigEndian(hello.CipherSuites[i..]);
            if (!TlsHello.IsGrease(suite)) ciphers[count++] = suite;
        }
        SupportedCiphers = ciphers;
        return true;
    }

    private bool ReadServerHello(ReadOnlySpan<byte> body)
    {
        if (!TlsHello.TryReadServerHello(body, out var hello)) return false;
        (Ja3sString, Ja3s) = TlsHello.Ja3s(hello);
        (Version, VersionProtocol) = TlsHello.VersionName(hello.SelectedVersion != 0 ? hello.SelectedVersion : hello.Version);
        Cipher = hello.CipherSuite;
        return true;
    }

    public override void WriteEcs(EcsWriter ecs)
    {
        bool hasClient = ServerName != null || Ja3 != null;
        if (!hasClient && Ja3s == null && Version == null && Cipher == null) return;
        ecs.StartObject("tls"u8);
        if (Version != null)
        {
            ecs.Text("version"u8, Version);
            ecs.Text("version_protocol"u8, VersionProtocol);
        }
        if (Cipher is { } cipher) ecs.Text("cipher"u8, TlsCipherSuites.Name(cipher));
        if (hasClient)
        {
            ecs.StartObject("client"u8);
            if (ServerName != null) ecs.Text("server_name"u8, ServerName);
            if (Ja3 != null)
            {
                ecs.Text("ja3"u8, Ja3);
                ecs.Text("ja3_string"u8, Ja3String);
            }
            if (SupportedCiphers is { Length: > 0 } suites)
            {
                ecs.StartArray("supported_ciphers"u8);
                foreach (ushort suite in suites) ecs.Text(TlsCipherSuites.Name(suite));
                ecs.EndArray();
            }
            ecs.EndObject();
        }
        if (Ja3s != null)
        {
            ecs.StartObject("server"u8);
            ecs.Text("ja3s"u8, Ja3s);
            ecs.EndObject();
        }
        ecs.EndObject();
    }
}
