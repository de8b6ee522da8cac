using System.Text;

namespace PcapSearch.Flows.Protocols;

/// <summary>
/// Bytes from the wire as text that is always valid UTF-8, as tshark shows them: printable ASCII and
/// well-formed UTF-8 sequences are kept, control bytes and bytes of malformed sequences become
/// <c>\xNN</c> (lower-case hex). Shared by the DNS and HTTP parsers.
/// </summary>
internal static class EscapedText
{
    /// <summary>Most characters one input byte can become (<c>\xNN</c>).</summary>
    public const int MaxCharsPerByte = 4;

    /// <summary>Writes <paramref name="bytes"/> escaped into <paramref name="chars"/>; stops (returning what fits) when it is full.</summary>
    public static int Escape(ReadOnlySpan<byte> bytes, Span<char> chars)
    {
        int written = 0;
        int i = 0;
        while (i < bytes.Length)
        {
            byte b = bytes[i];
            if (b >= 0x20 && b < 0x7F)
            {
                if (written >= chars.Length) break;
                chars[written++] = (char)b;
                i++;
                continue;
            }
            if (b >= 0x80 && Rune.DecodeFromUtf8(bytes[i..], out var rune, out int consumed) == System.Buffers.OperationStatus.Done
                && !Rune.IsControl(rune))
            {
                if (!rune.TryEncodeToUtf16(chars[written..], out int units)) break;
                written += units;
                i += consumed;
                continue;
            }
            if (written + 4 > chars.Length) break;
            chars[written++] = '\\';
            chars[written++] = 'x';
            chars[written++] = Hex(b >> 4);
            chars[written++] = Hex(b & 0xF);
            i++;
        }
        return written;
    }

    /// <summary>True when every byte is printable ASCII, so the text is the bytes themselves.</summary>
    public static bool IsPrintableAscii(ReadOnlySpan<byte> bytes)
    {
        foreach (byte b in bytes)
        {
            if (b < 0x20 || b >= 0x7F) return false;
        }
        return true;
    }

    /// <summary>The escaped text as a string (allocates: call it only for a value that will be stored).</summary>
    public static string ToText(ReadOnlySpan<byte> bytes)
    {
        if (IsPrintableAscii(bytes)) return Encoding.ASCII.GetString(bytes);
        var chars = new char[bytes.Length * MaxCharsPerByte];
        return new string(chars, 0, Escape(bytes, chars));
    }

    /// <summary>Whether <paramref name="text"/> is what <see cref="ToText"/> gives for <paramref name="bytes"/>, without allocating in the ASCII case.</summary>
    public static bool SameText(string text, ReadOnlySpan<byte> bytes) =>
        IsPrintableAscii(bytes) ? Ascii.Equals(bytes, text) : text == ToText(bytes);

    private static char Hex(int nibble) => (char)(nibble < 10 ? '0' + nibble : 'a' + nibble - 10);
}
