using System.Buffers.Binary;
using System.Net;

namespace PcapSearch.Decoding.Tests;

/// <summary>Builds frames layer by layer, innermost first: each method wraps a payload in one header.</summary>
internal static class FrameBuilder
{
    public const ulong MacA = 0x0200_0000_00AA;
    public const ulong MacB = 0x0200_0000_00BB;

    public static byte[] Cat(params byte[][] parts) => parts.SelectMany(x => x).ToArray();

    public static byte[] U16(int value) => [(byte)(value >> 8), (byte)value];

    public static byte[] U32(uint value) => [(byte)(value >> 24), (byte)(value >> 16), (byte)(value >> 8), (byte)value];

    public static byte[] Mac(ulong mac) => [.. U16((int)(mac >> 32)), .. U32((uint)mac)];

    public static byte[] Bytes(int count, byte fill = 0x5A) => Enumerable.Repeat(fill, count).ToArray();

    public static byte[] Ethernet(ushort type, byte[] payload, ulong destination = MacB, ulong source = MacA, params (ushort Tpid, ushort Id)[] tags)
    {
        var header = new List<byte>();
        header.AddRange(Mac(destination));
        header.AddRange(Mac(source));
        foreach (var (tpid, id) in tags)
        {
            header.AddRange(U16(tpid));
            header.AddRange(U16(id));
        }
        header.AddRange(U16(type));
        return Cat(header.ToArray(), payload);
    }

    /// <summary>802.3 with LLC (and SNAP when <paramref name="snapType"/> is given).</summary>
    public static byte[] Ethernet8023(byte[] payload, ushort? snapType, byte dsap = 0x42, byte ssap = 0x42)
    {
        byte[] llc = snapType is { } type ? Cat([0xAA, 0xAA, 0x03, 0, 0, 0], U16(type), payload) : Cat([dsap, ssap, 0x03], payload);
        return Cat(Mac(MacB), Mac(MacA), U16(llc.Length), llc);
    }

    public static byte[] Ipv4(string source, string destination, byte protocol, byte[] payload, ushort id = 1, int offset = 0,
        bool moreFragments = false, byte ttl = 64, int optionsLength = 0, int? totalLength = null)
    {
        int headerLength = 20 + optionsLength;
        var h = new byte[headerLength];
        h[0] = (byte)(0x40 | headerLength / 4);
        BinaryPrimitives.WriteUInt16BigEndian(h.AsSpan(2), (ushort)(totalLength ?? headerLength + payload.Length));
        BinaryPrimitives.WriteUInt16BigEndian(h.AsSpan(4), id);
        BinaryPrimitives.WriteUInt16BigEndian(h.AsSpan(6), (ushort)((moreFragments ? 0x2000 : 0) | offset / 8));
        h[8] = ttl;
        h[9] = protocol;
        IPAddress.Parse(source).TryWriteBytes(h.AsSpan(12), out _);
        IPAddress.Parse(destination).TryWriteBytes(h.AsSpan(16), out _);
        for (int i = 20; i < headerLength; i++) h[i] = 1;
        return Cat(h, payload);
    }

    public static byte[] Ipv6(string source, string destination, byte nextHeader, byte[] payload, byte hopLimit = 64)
    {
        var h = new byte[40];
        h[0] = 0x60;
        BinaryPrimitives.WriteUInt16BigEndian(h.AsSpan(4), (ushort)payload.Length);
        h[6] = nextHeader;
        h[7] = hopLimit;
        IPAddress.Parse(source).TryWriteBytes(h.AsSpan(8), out _);
        IPAddress.Parse(destination).TryWriteBytes(h.AsSpan(24), out _);
        return Cat(h, payload);
    }

    /// <summary>Hop-by-hop, routing, destination options or mobility: 8 bytes per length unit.</summary>
    public static byte[] Ipv6Extension(byte nextHeader, byte[] payload, int units = 0)
    {
        var h = new byte[(units + 1) * 8];
        h[0] = nextHeader;
        h[1] = (byte)units;
        return Cat(h, payload);
    }

    public static byte[] Ipv6Fragment(byte nextHeader, int offset, bool moreFragments, uint id, byte[] payload) =>
        Cat([nextHeader, 0], U16(offset | (moreFragments ? 1 : 0)), U32(id), payload);

    public static byte[] Tcp(ushort sourcePort, ushort destinationPort, byte flags, uint sequence, byte[] payload, int optionsLength = 0)
    {
        var h = new byte[20 + optionsLength];
        BinaryPrimitives.WriteUInt16BigEndian(h, sourcePort);
        BinaryPrimitives.WriteUInt16BigEndian(h.AsSpan(2), destinationPort);
        BinaryPrimitives.WriteUInt32BigEndian(h.AsSpan(4), sequence);
        h[12] = (byte)(h.Length / 4 << 4);
        h[13] = flags;
        BinaryPrimitives.WriteUInt16BigEndian(h.AsSpan(14), 65535);
        for (int i = 20; i < h.Length; i++) h[i] = 1;
        return Cat(h, payload);
    }

    public static byte[] Udp(ushort sourcePort, ushort destinationPort, byte[] payload, int? length = null) =>
        Cat(U16(sourcePort), U16(destinationPort), U16(length ?? 8 + payload.Length), U16(0), payload);

    public static byte[] Sctp(ushort sourcePort, ushort destinationPort, byte[] chunks) =>
        Cat(U16(sourcePort), U16(destinationPort), U32(0xCAFE), U32(0), chunks);

    public static byte[] Icmp(byte type, byte code, ushort id, ushort sequence, byte[] payload) =>
        Cat([type, code, 0, 0], U16(id), U16(sequence), payload);

    public static byte[] Gre(ushort protocol, byte[] payload, uint? key = null, uint? sequence = null, bool checksum = false)
    {
        int flags = (checksum ? 0x8000 : 0) | (key.HasValue ? 0x2000 : 0) | (sequence.HasValue ? 0x1000 : 0);
        return Cat(U16(flags), U16(protocol), checksum ? U32(0) : [], key.HasValue ? U32(key.Value) : [],
            sequence.HasValue ? U32(sequence.Value) : [], payload);
    }

    /// <summary>PPTP's enhanced GRE (version 1) carrying PPP.</summary>
    public static byte[] GrePptp(ushort callId, byte[] ppp, uint? sequence = null, uint? acknowledgment = null)
    {
        int flags = 0x2000 | (sequence.HasValue ? 0x1000 : 0) | (acknowledgment.HasValue ? 0x0080 : 0) | 1;
        return Cat(U16(flags), U16(0x880B), U16(ppp.Length), U16(callId), sequence.HasValue ? U32(sequence.Value) : [],
            acknowledgment.HasValue ? U32(acknowledgment.Value) : [], ppp);
    }

    public static byte[] ErspanII(ushort sessionId, byte[] frame) => Cat(U16(0x1000 | 5), U16(sessionId & 0x3FF), U32(0), frame);

    public static byte[] ErspanIII(ushort sessionId, byte[] frame, bool platformSubheader)
    {
        byte[] header = Cat(U16(0x2000 | 7), U16(sessionId & 0x3FF), U32(0x12345678), U16(0), U16(platformSubheader ? 1 : 0));
        return Cat(header, platformSubheader ? Bytes(8, 0) : [], frame);
    }

    public static byte[] Vxlan(uint vni, byte[] frame) => Cat([0x08, 0, 0, 0], U32(vni << 8), frame);

    public static byte[] Geneve(uint vni, ushort protocol, byte[] payload, int optionWords = 0) =>
        Cat([(byte)optionWords, 0], U16(protocol), U32(vni << 8), Bytes(optionWords * 4, 0), payload);

    public static byte[] GtpU(uint teid, byte[] payload, bool withExtension = false)
    {
        if (!withExtension) return Cat([0x30, 0xFF], U16(payload.Length), U32(teid), payload);
        // Sequence number, N-PDU, next extension 0x85 (PDU session container, 4 bytes), then none.
        byte[] rest = Cat(U16(7), [0, 0x85], [1, 0x10, 0x01, 0x00], payload);
        return Cat([0x34, 0xFF], U16(rest.Length), U32(teid), rest);
    }

    /// <summary>AYIYA forwarding <paramref name="payload"/>: a 16-byte identity and a 20-byte SHA-1 signature.</summary>
    public static byte[] Ayiya(byte nextHeader, byte[] payload, byte opcode = 1) =>
        Cat([0x41, 0x52, (byte)(0x10 | opcode), nextHeader], U32(0x5F000000), Bytes(16, 0x11), Bytes(20, 0x22), payload);

    /// <summary>An NFLOG frame (IPv4 family): a prefix attribute, then the payload attribute unless null.</summary>
    public static byte[] Nflog(byte[]? packet) =>
        Cat([2, 0], U16(5), NflogAttribute(10, [.. "log"u8, 0]), packet is null ? [] : NflogAttribute(9, packet));

    private static byte[] NflogAttribute(ushort type, byte[] value) =>
        Cat([(byte)(4 + value.Length), (byte)((4 + value.Length) >> 8), (byte)type, (byte)(type >> 8)], value, Bytes((4 - value.Length % 4) % 4, 0));

    public static byte[] Mpls(byte[] payload, params uint[] labels) =>
        Cat(labels.Select((label, i) => U32(label << 12 | (i == labels.Length - 1 ? 0x100u : 0) | 64)).SelectMany(x => x).ToArray(), payload);

    public static byte[] Pppoe(ushort pppProtocol, byte[] payload, ushort session = 0x1234) =>
        Cat([0x11, 0x00], U16(session), U16(payload.Length + 2), U16(pppProtocol), payload);

    public static byte[] LinuxSll(ushort protocol, byte[] payload) =>
        Cat(U16(0), U16(1), U16(6), Mac(MacA), [0, 0], U16(protocol), payload);

    public static byte[] LinuxSll2(ushort protocol, byte[] payload) =>
        Cat(U16(protocol), U16(0), U32(2), U16(1), [0, 6], Mac(MacA), [0, 0], payload);

    public static byte[] Null(uint family, byte[] payload, bool networkOrder) =>
        Cat(networkOrder ? U32(family) : BitConverter.GetBytes(family), payload);

    public static byte[] Ieee80211Data(byte[] llcPayload, bool toDs, bool fromDs, bool qos = false, bool order = false, bool isProtected = false,
        bool amsdu = false)
    {
        byte flags = (byte)((toDs ? 1 : 0) | (fromDs ? 2 : 0) | (isProtected ? 0x40 : 0) | (order ? 0x80 : 0));
        byte frameControl = (byte)(2 << 2 | (qos ? 0x80 : 0));
        byte[] header = Cat([frameControl, flags, 0, 0], Mac(0x01), Mac(0x02), Mac(0x03), [0, 0],
            toDs && fromDs ? Mac(0x04) : [], qos ? [(byte)(amsdu ? 0x80 : 0), 0] : [], qos && order ? Bytes(4, 0) : []);
        return Cat(header, llcPayload);
    }

    /// <summary>One A-MSDU subframe: addresses, length, the LLC payload, padding to 4 bytes.</summary>
    public static byte[] AmsduSubframe(ulong destination, ulong source, byte[] llcPayload) =>
        Cat(Mac(destination), Mac(source), U16(llcPayload.Length), llcPayload, Bytes((4 - (14 + llcPayload.Length) % 4) % 4, 0));

    public static byte[] Snap(ushort etherType, byte[] payload) => Cat([0xAA, 0xAA, 0x03, 0, 0, 0], U16(etherType), payload);

    public static byte[] Radiotap(byte[] frame, int length = 12) =>
        Cat([0, 0], [(byte)length, (byte)(length >> 8)], Bytes(length - 4, 0), frame);
}
