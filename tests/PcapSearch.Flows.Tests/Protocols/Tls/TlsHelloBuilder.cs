using System.Buffers.Binary;

namespace PcapSearch.Flows.Tests.Protocols.Tls;

/// <summary>Builds ClientHello and ServerHello records byte by byte for the parser tests.</summary>
internal static class TlsHelloBuilder
{
    public static byte[] Extension(ushort type, byte[] data) => [.. U16(type), .. U16(data.Length), .. data];

    public static byte[] ServerName(string host)
    {
        byte[] name = System.Text.Encoding.ASCII.GetBytes(host);
        return Extension(0, [.. U16(name.Length + 3), 0, .. U16(name.Length), .. name]);
    }

    public static byte[] Groups(params ushort[] groups) => Extension(10, [.. U16(groups.Length * 2), .. groups.SelectMany(U16)]);
    public static byte[] PointFormats(params byte[] formats) => Extension(11, [(byte)formats.Length, .. formats]);

    /// <summary>A ClientHello handshake message (header included); extensions null for none at all.</summary>
    public static byte[] ClientHelloMessage(ushort version, ushort[] ciphers, byte[][]? extensions)
    {
        var body = new List<byte>();
        body.AddRange(U16(version));
        body.AddRange(Enumerable.Repeat((byte)0x42, 32));
        body.Add(0);
        body.AddRange(U16(ciphers.Length * 2));
        foreach (var c in ciphers) body.AddRange(U16(c));
        body.AddRange(new byte[] { 1, 0 });
        if (extensions != null)
        {
            var all = extensions.SelectMany(e => e).ToArray();
            body.AddRange(U16(all.Length));
            body.AddRange(all);
        }
        return Message(1, body.ToArray());
    }

    public static byte[] ServerHelloMessage(ushort version, ushort cipher, byte[][]? extensions)
    {
        var body = new List<byte>();
        body.AddRange(U16(version));
        body.AddRange(Enumerable.Repeat((byte)0x24, 32));
        body.Add(0);
        body.AddRange(U16(cipher));
        body.Add(0);
        if (extensions != null)
        {
            var all = extensions.SelectMany(e => e).ToArray();
            body.AddRange(U16(all.Length));
            body.AddRange(all);
        }
        return Message(2, body.ToArray());
    }

    public static byte[] Message(byte type, byte[] body) => [type, (byte)(body.Length >> 16), (byte)(body.Length >> 8), (byte)body.Length, .. body];

    /// <summary>The message in records of at most <paramref name="maxFragment"/> bytes.</summary>
    public static byte[] Records(byte[] message, int maxFragment = 16384, ushort recordVersion = 0x0301)
    {
        var output = new List<byte>();
        for (int i = 0; i < message.Length; i += maxFragment)
        {
            int n = Math.Min(maxFragment, message.Length - i);
            output.Add(22);
            output.AddRange(U16(recordVersion));
            output.AddRange(U16(n));
            output.AddRange(message.AsSpan(i, n).ToArray());
        }
        return output.ToArray();
    }

    public static byte[] U16(int value)
    {
        var bytes = new byte[2];
        BinaryPrimitives.WriteUInt16BigEndian(bytes, (ushort)value);
        return bytes;
    }

    public static byte[] U16(ushort value) => U16((int)value);
}
