using System.Buffers;
using System.Buffers.Binary;
using System.Buffers.Text;
using System.Security.Cryptography;

namespace PcapSearch.Flows.Protocols.Tls;

/// <summary>A reader over a handshake body with a sticky failure: reads past the end return empty and set <see cref="Failed"/>.</summary>
internal ref struct HelloCursor(ReadOnlySpan<byte> bytes)
{
    private ReadOnlySpan<byte> _rest = bytes;

    public bool Failed { get; private set; }
    public readonly int Remaining => _rest.Length;

    public byte U8() => Take(1) is { Length: 1 } b ? b[0] : (byte)0;
    public ushort U16() => Take(2) is { Length: 2 } b ? BinaryPrimitives.ReadUInt16BigEndian(b) : (ushort)0;
    public ReadOnlySpan<byte> Vector8() => Take(U8());
    public ReadOnlySpan<byte> Vector16() => Take(U16());

    public ReadOnlySpan<byte> Take(int count)
    {
        if (Failed || count > _rest.Length)
        {
            Failed = true;
            return default;
        }
        var taken = _rest[..count];
        _rest = _rest[count..];
        return taken;
    }
}

/// <summary>The parts of a ClientHello that JA3 and SNI need, as spans into the message.</summary>
internal ref struct ClientHelloFields
{
    public ushort Version;
    public ReadOnlySpan<byte> CipherSuites;
    /// <summary>The extensions block (type, length, data repeated); empty when the hello has none.</summary>
    public ReadOnlySpan<byte> Extensions;
    public ReadOnlySpan<byte> ServerName;
    public ReadOnlySpan<byte> SupportedGroups;
    public ReadOnlySpan<byte> PointFormats;
}

/// <summary>The parts of a ServerHello that JA3S and the version need.</summary>
internal ref struct ServerHelloFields
{
    public ushort Version;
    public ushort CipherSuite;
    public ReadOnlySpan<byte> Extensions;
    /// <summary>The supported_versions extension's selected version (TLS 1.3), 0 when absent.</summary>
    public ushort SelectedVersion;
}

/// <summary>ClientHello and ServerHello bodies (RFC 8446 §4.1.2, §4.1.3; RFC 5246 §7.4.1) and their JA3/JA3S fingerprints.</summary>
internal static class TlsHello
{
    public const byte ClientHelloType = 1;
    public const byte ServerHelloType = 2;
    private const ushort ExtensionServerName = 0;
    private const ushort ExtensionSupportedGroups = 10;
    private const ushort ExtensionPointFormats = 11;
    private const ushort ExtensionSupportedVersions = 43;

    /// <summary>GREASE values (RFC 8701): 0x0a0a, 0x1a1a ... 0xfafa, which JA3 leaves out.</summary>
    public static bool IsGrease(ushort value) => (value & 0x0f0f) == 0x0a0a && value >> 8 == (value & 0xff);

    public static bool TryReadClientHello(ReadOnlySpan<byte> body, out ClientHelloFields hello)
    {
        hello = default;
        var cursor = new HelloCursor(body);
        hello.Version = cursor.U16();
        cursor.Take(32);
        cursor.Vector8();
        hello.CipherSuites = cursor.Vector16();
        cursor.Vector8();
        if (cursor.Failed || (hello.CipherSuites.Length & 1) != 0) return false;
        if (cursor.Remaining < 2) return true; // no extensions (SSL 3.0 and early TLS clients)
        hello.Extensions = cursor.Vector16();
        if (cursor.Failed) return false;
        var extensions = new HelloCursor(hello.Extensions);
        while (extensions.Remaining > 0)
        {
            ushort type = extensions.U16();
            var data = extensions.Vector16();
            if (extensions.Failed) return false;
            switch (type)
            {
                case ExtensionServerName:
                    hello.ServerName = FirstHostName(data);
                    break;
                case ExtensionSupportedGroups:
                    var groups = new HelloCursor(data).Vector16();
                    hello.SupportedGroups = groups.Length % 2 == 0 ? groups : default;
                    break;
                case ExtensionPointFormats:
                    hello.PointFormats = new HelloCursor(data).Vector8();
                    break;
            }
        }
        return true;
    }

    public static bool TryReadServerHello(ReadOnlySpan<byte> body, out ServerHelloFields hello)
    {
        hello = default;
        var cursor = new HelloCursor(body);
        hello.Version = cursor.U16();
        cursor.Take(32);
        // TLS 1.3 drafts before 22 dropped legacy_session_id and compression from the ServerHello.
        bool draft = hello.Version >> 8 == 0x7f && (hello.Version & 0xff) < 22;
        if (!draft) cursor.Vector8();
        hello.CipherSuite = cursor.U16();
        if (!draft) cursor.U8();
        if (cursor.Failed) return false;
        if (cursor.Remaining < 2) return true;
        hello.Extensions = cursor.Vector16();
        if (cursor.Failed) return false;
        var extensions = new HelloCursor(hello.Extensions);
        while (extensions.Remaining > 0)
        {
            ushort type = extensions.U16();
            var data = extensions.Vector16();
            if (extensions.Failed) return false;
            if (type == ExtensionSupportedVersions && data.Length == 2) hello.SelectedVersion = BinaryPrimitives.ReadUInt16BigEndian(data);
        }
        return true;
    }

    /// <summary>RFC 6066 §3: the first host_name entry of the server_name list.</summary>
    private static ReadOnlySpan<byte> FirstHostName(ReadOnlySpan<byte> data)
    {
        var list = new HelloCursor(new HelloCursor(data).Vector16());
        while (list.Remaining > 0)
        {
            byte nameType = list.U8();
            var name = list.Vector16();
            if (list.Failed) return default;
            if (nameType == 0) return name;
        }
        return default;
    }

    /// <summary>
    /// The JA3 string (salesforce/ja3): SSLVersion,Ciphers,Extensions,EllipticCurves,PointFormats in
    /// decimal, values joined by '-', GREASE left out; and its MD5 in lower-case hex.
    /// </summary>
    public static (string Text, string Md5) Ja3(in ClientHelloFields hello)
    {
        int bound = 32 + 3 * (hello.CipherSuites.Length + hello.Extensions.Length) + 4 * hello.PointFormats.Length;
        byte[]? rented = bound > 1024 ? ArrayPool<byte>.Shared.Rent(bound) : null;
        Span<byte> text = rented != null ? rented : stackalloc byte[1024];
        int length = 0;
        Append(text, ref length, hello.Version);
        text[length++] = (byte)',';
        AppendList16(text, ref length, hello.CipherSuites);
        text[length++] = (byte)',';
        AppendExtensionTypes(text, ref length, hello.Extensions, skipGrease: true);
        text[length++] = (byte)',';
        AppendList16(text, ref length, hello.SupportedGroups);
        text[length++] = (byte)',';
        for (int i = 0; i < hello.PointFormats.Length; i++)
        {
            if (i > 0) text[length++] = (byte)'-';
            Append(text, ref length, hello.PointFormats[i]);
        }
        var result = FingerprintCache.Of(text[..length]);
        if (rented != null) ArrayPool<byte>.Shared.Return(rented);
        return result;
    }

    /// <summary>The JA3S string (salesforce/ja3 ja3s.py): SSLVersion,Cipher,Extensions; no GREASE filter there.</summary>
    public static (string Text, string Md5) Ja3s(in ServerHelloFields hello)
    {
        int bound = 32 + 3 * hello.Extensions.Length;
        byte[]? rented = bound > 512 ? ArrayPool<byte>.Shared.Rent(bound) : null;
        Span<byte> text = rented != null ? rented : stackalloc byte[512];
        int length = 0;
        Append(text, ref length, hello.Version);
        text[length++] = (byte)',';
        Append(text, ref length, hello.CipherSuite);
        text[length++] = (byte)',';
        AppendExtensionTypes(text, ref length, hello.Extensions, skipGrease: false);
        var result = FingerprintCache.Of(text[..length]);
        if (rented != null) ArrayPool<byte>.Shared.Return(rented);
        return result;
    }

    /// <summary>The extension types of a hello's extensions block, in order, joined by '-'.</summary>
    private static void AppendExtensionTypes(Span<byte> text, ref int length, ReadOnlySpan<byte> block, bool skipGrease)
    {
        var extensions = new HelloCursor(block);
        bool first = true;
        while (extensions.Remaining > 0)
        {
            ushort type = extensions.U16();
            extensions.Vector16();
            if (extensions.Failed) break;
            if (skipGrease && IsGrease(type)) continue;
            if (!first) text[length++] = (byte)'-';
            Append(text, ref length, type);
            first = false;
        }
    }

    public static string Md5Hex(ReadOnlySpan<byte> text)
    {
        Span<byte> hash = stackalloc byte[16];
        MD5.HashData(text, hash);
        return Convert.ToHexStringLower(hash);
    }

    private static void AppendList16(Span<byte> text, ref int length, ReadOnlySpan<byte> values)
    {
        bool first = true;
        for (int i = 0; i + 1 < values.Length; i += 2)
        {
            ushort value = BinaryPrimitives.ReadUInt16BigEndian(values[i..]);
            if (IsGrease(value)) continue;
            if (!first) text[length++] = (byte)'-';
            Append(text, ref length, value);
            first = false;
        }
    }

    private static void Append(Span<byte> text, ref int length, int value)
    {
        Utf8Formatter.TryFormat(value, text[length..], out int written);
        length += written;
    }

    /// <summary>ECS tls.version and tls.version_protocol for a negotiated protocol version.</summary>
    public static (string? Version, string? Protocol) VersionName(ushort version) => version switch
    {
        0x0002 => ("2.0", "ssl"),
        0x0300 => ("3.0", "ssl"),
        0x0301 => ("1.0", "tls"),
        0x0302 => ("1.1", "tls"),
        0x0303 => ("1.2", "tls"),
        0x0304 => ("1.3", "tls"),
        >= 0x7f00 and <= 0x7fff => ("1.3", "tls"), // TLS 1.3 drafts
        _ => (null, null),
    };
}
