using System.Buffers;
using System.Buffers.Binary;
using System.Text;
using PcapSearch.Decoding;
using PcapSearch.Flows.Protocols.Tls;

namespace PcapSearch.Flows.Protocols.Ssh;

/// <summary>
/// SSH: each side's identification string (RFC 4253 §4.2, "SSH-protoversion-softwareversion
/// comments"), after at most <see cref="MaxPreludeBytes"/> of other lines, and the HASSH
/// fingerprint of each side's first KEXINIT (salesforce/hassh: MD5 of kex;enc;mac;cmp for that
/// side's sending direction). Written as ssh.client.* and ssh.server.* (ECS has no ssh fields;
/// the names follow Zeek's ssh.log client/server).
/// </summary>
public sealed class SshParser : ProtocolParser
{
    /// <summary>RFC 4253 §4.2: the identification line is at most 255 bytes, CR LF included.</summary>
    public const int MaxLineBytes = 255;
    /// <summary>Bytes of other lines a side may send before its identification string.</summary>
    public const int MaxPreludeBytes = 4096;
    /// <summary>Bytes one direction may hold while its identification line or KEXINIT is incomplete.</summary>
    public const int MaxBufferedBytes = 16 * 1024;
    /// <summary>Payload packets fed before the parser stops waiting for a silent direction.</summary>
    public const int MaxPackets = 16;

    private const byte MessageKexInit = 20;

    private enum Stage : byte { Banner, KexInit, Done }

    private struct Side
    {
        public SegmentBuffer Buffer;
        public Stage Stage;
        public int Skipped;
        public string? Version;
        public string? Hassh;
        public string? HasshAlgorithms;
    }

    private Side _client;
    private Side _server;
    private int _packets;

    public override string Name => "ssh";

    /// <summary>ssh.client.version: the initiator's identification string, without CR LF.</summary>
    public string? ClientVersion => _client.Version;
    /// <summary>ssh.server.version: the responder's identification string, without CR LF.</summary>
    public string? ServerVersion => _server.Version;
    /// <summary>ssh.client.hassh: MD5 of <see cref="ClientHasshAlgorithms"/>.</summary>
    public string? ClientHassh => _client.Hassh;
    public string? ClientHasshAlgorithms => _client.HasshAlgorithms;
    /// <summary>ssh.server.hassh (HASSHServer): MD5 of <see cref="ServerHasshAlgorithms"/>.</summary>
    public string? ServerHassh => _server.Hassh;
    public string? ServerHasshAlgorithms => _server.HasshAlgorithms;

    public static void Register(ProtocolRegistry registry) => registry.Add(Classify);

    /// <summary>A TCP payload starting with "SSH-", or with short text lines and then a line starting "SSH-".</summary>
    public static ProtocolParser? Classify(ReadOnlySpan<byte> payload, in FlowEndpoints endpoints, bool fromSource)
    {
        if (endpoints.Transport != IpProtocol.Tcp || payload.Length < 4) return null;
        if (payload.StartsWith("SSH-"u8)) return new SshParser();
        if (payload[0] is < 0x20 or > 0x7e) return null;
        var head = payload[..Math.Min(payload.Length, MaxPreludeBytes)];
        int at = head.IndexOf("\nSSH-"u8);
        if (at < 0 || !IsLineText(head[..at])) return null;
        return new SshParser();
    }

    private static bool IsLineText(ReadOnlySpan<byte> text)
    {
        foreach (byte b in text)
        {
            if (b is (< 0x20 or > 0x7e) and not (byte)'\r' and not (byte)'\n' and not (byte)'\t') return false;
        }
        return true;
    }

    public override bool Feed(ReadOnlySpan<byte> payload, bool fromSource)
    {
        ref Side side = ref fromSource ? ref _client : ref _server;
        if (side.Stage != Stage.Done && !payload.IsEmpty) Read(ref side, payload, fromSource);
        return (_client.Stage != Stage.Done || _server.Stage != Stage.Done) && ++_packets < MaxPackets;
    }

    private static void Read(ref Side side, ReadOnlySpan<byte> payload, bool client)
    {
        bool buffered = !side.Buffer.IsEmpty;
        if (buffered && !side.Buffer.TryAppend(payload, MaxBufferedBytes))
        {
            Finish(ref side);
            return;
        }
        ReadOnlySpan<byte> stream = buffered ? side.Buffer.Span : payload;
        int consumed = 0;
        while (side.Stage == Stage.Banner)
        {
            int newline = stream[consumed..].IndexOf((byte)'\n');
            if (newline < 0)
            {
                if (stream.Length - consumed > MaxLineBytes) Finish(ref side);
                break;
            }
            var line = stream.Slice(consumed, newline);
            consumed += newline + 1;
            if (line.StartsWith("SSH-"u8))
            {
                if (line.EndsWith("\r"u8)) line = line[..^1];
                side.Version = Encoding.UTF8.GetString(line[..Math.Min(line.Length, MaxLineBytes)]);
                // SSH 1.x (but not 1.99, which speaks 2.0) has no KEXINIT.
                side.Stage = line.StartsWith("SSH-1."u8) && !line.StartsWith("SSH-1.99-"u8) ? Stage.Done : Stage.KexInit;
            }
            else if ((side.Skipped += newline + 1) > MaxPreludeBytes)
            {
                Finish(ref side);
            }
        }
        if (side.Stage == Stage.KexInit && consumed < stream.Length)
        {
            int used = TryReadKexInit(ref side, stream[consumed..], client);
            if (used > 0) consumed = stream.Length;
        }
        if (side.Stage == Stage.Done)
        {
            side.Buffer.Release();
        }
        else if (buffered)
        {
            side.Buffer.Consume(consumed);
        }
        else if (consumed < stream.Length && !side.Buffer.TryAppend(stream[consumed..], MaxBufferedBytes))
        {
            Finish(ref side);
        }
    }

    private static void Finish(ref Side side)
    {
        side.Buffer.Release();
        side.Stage = Stage.Done;
    }

    /// <summary>RFC 4253 §6 and §7.1: the first binary packet, unencrypted; HASSH when it is KEXINIT.</summary>
    /// <returns>0 when the packet is incomplete (nothing consumed), else 1.</returns>
    private static int TryReadKexInit(ref Side side, ReadOnlySpan<byte> bytes, bool client)
    {
        if (bytes.Length < 6) return 0;
        uint packetLength = BinaryPrimitives.ReadUInt32BigEndian(bytes);
        if (packetLength < 2 || packetLength > MaxBufferedBytes - 4)
        {
            side.Stage = Stage.Done;
            return 1;
        }
        if (bytes.Length < 4 + (int)packetLength) return 0;
        side.Stage = Stage.Done;
        int padding = bytes[4];
        int payloadLength = (int)packetLength - padding - 1;
        if (payloadLength < 17 || bytes[5] != MessageKexInit) return 1;
        var message = new HelloCursor(bytes.Slice(5 + 17, payloadLength - 17));
        var kex = NameList(ref message);
        NameList(ref message); // server_host_key_algorithms
        var encC2S = NameList(ref message);
        var encS2C = NameList(ref message);
        var macC2S = NameList(ref message);
        var macS2C = NameList(ref message);
        var cmpC2S = NameList(ref message);
        var cmpS2C = NameList(ref message);
        if (message.Failed) return 1;
        Hassh(ref side, kex, client ? encC2S : encS2C, client ? macC2S : macS2C, client ? cmpC2S : cmpS2C);
        return 1;
    }

    private static ReadOnlySpan<byte> NameList(ref HelloCursor cursor)
    {
        var length = cursor.Take(4);
        return cursor.Failed ? default : cursor.Take((int)Math.Min(BinaryPrimitives.ReadUInt32BigEndian(length), int.MaxValue));
    }

    private static void Hassh(ref Side side, ReadOnlySpan<byte> kex, ReadOnlySpan<byte> enc, ReadOnlySpan<byte> mac, ReadOnlySpan<byte> cmp)
    {
        int length = kex.Length + enc.Length + mac.Length + cmp.Length + 3;
        byte[] rented = ArrayPool<byte>.Shared.Rent(length);
        var text = rented.AsSpan(0, length);
        int at = 0;
        kex.CopyTo(text); at += kex.Length; text[at++] = (byte)';';
        enc.CopyTo(text[at..]); at += enc.Length; text[at++] = (byte)';';
        mac.CopyTo(text[at..]); at += mac.Length; text[at++] = (byte)';';
        cmp.CopyTo(text[at..]);
        side.HasshAlgorithms = Encoding.UTF8.GetString(text);
        side.Hassh = TlsHello.Md5Hex(text);
        ArrayPool<byte>.Shared.Return(rented);
    }

    public override void WriteEcs(EcsWriter ecs)
    {
        if (_client.Version == null && _server.Version == null && _client.Hassh == null && _server.Hassh == null) return;
        ecs.StartObject("ssh"u8);
        WriteSide(ecs, "client"u8, _client);
        WriteSide(ecs, "server"u8, _server);
        ecs.EndObject();
    }

    private static void WriteSide(EcsWriter ecs, ReadOnlySpan<byte> name, in Side side)
    {
        if (side.Version == null && side.Hassh == null) return;
        ecs.StartObject(name);
        if (side.Version != null) ecs.Text("version"u8, side.Version);
        if (side.Hassh != null)
        {
            ecs.Text("hassh"u8, side.Hassh);
            ecs.Text("hassh_algorithms"u8, side.HasshAlgorithms);
        }
        ecs.EndObject();
    }
}
