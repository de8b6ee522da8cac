using System.Text;

namespace PcapSearch.Capture;

/// <summary>Says in plain words what a file that is not a capture looks like, from its first bytes.</summary>
internal static class ContentDescription
{
    private static readonly (byte[] Magic, int At, string Name)[] Signatures =
    [
        ("PK\x03\x04"u8.ToArray(), 0, "ZIP archive"),
        ("PK\x05\x06"u8.ToArray(), 0, "ZIP archive"),
        ("%PDF"u8.ToArray(), 0, "PDF"),
        ([0x7F, (byte)'E', (byte)'L', (byte)'F'], 0, "ELF executable"),
        ("MZ"u8.ToArray(), 0, "Windows executable"),
        ([0x89, (byte)'P', (byte)'N', (byte)'G'], 0, "PNG image"),
        ([0xFF, 0xD8, 0xFF], 0, "JPEG image"),
        ("GIF8"u8.ToArray(), 0, "GIF image"),
        ("BZh"u8.ToArray(), 0, "bzip2 archive"),
        ([0xFD, (byte)'7', (byte)'z', (byte)'X', (byte)'Z', 0], 0, "xz archive"),
        ([(byte)'7', (byte)'z', 0xBC, 0xAF, 0x27, 0x1C], 0, "7-Zip archive"),
        ("Rar!"u8.ToArray(), 0, "RAR archive"),
        ("SQLite format 3\0"u8.ToArray(), 0, "SQLite database"),
        ("ustar"u8.ToArray(), 257, "tar archive"),
    ];

    /// <param name="nested">Inside a compression layer: "gzip of a text file" reads better than "gzip of plain text".</param>
    public static string Describe(ReadOnlySpan<byte> head, bool nested)
    {
        if (head.IsEmpty) return nested ? "an empty file" : "empty file";
        foreach (var (magic, at, name) in Signatures)
        {
            if (head.Length >= at + magic.Length && head.Slice(at, magic.Length).SequenceEqual(magic)) return name;
        }
        if (LooksLikeText(head)) return DescribeText(head, nested);
        return $"unknown binary (starts {Hex(head[..Math.Min(8, head.Length)])}{(head.Length > 8 ? " ..." : "")})";
    }

    private static string DescribeText(ReadOnlySpan<byte> head, bool nested)
    {
        ReadOnlySpan<byte> text = head;
        if (text.StartsWith("\uFEFF"u8)) text = text[3..];
        text = text.TrimStart(" \t\r\n\f"u8);
        if (text.IsEmpty) return nested ? "a text file of blank lines" : "blank text";
        if (text[0] is (byte)'{' or (byte)'[') return "JSON";
        if (text[0] == '<')
        {
            string start = Encoding.UTF8.GetString(text[..Math.Min(text.Length, 256)]);
            if (start.Contains("<html", StringComparison.OrdinalIgnoreCase)
                || start.StartsWith("<!doctype html", StringComparison.OrdinalIgnoreCase)) return "HTML";
            if (start.StartsWith("<?xml", StringComparison.OrdinalIgnoreCase)) return "XML";
        }
        return nested ? "a text file" : "plain text";
    }

    private static bool LooksLikeText(ReadOnlySpan<byte> head)
    {
        // The head may end inside a multi-byte character; drop up to three trailing bytes before validating.
        int end = head.Length;
        while (end > 0 && head.Length - end < 3 && head[end - 1] >= 0x80) end--;
        ReadOnlySpan<byte> body = head[..end];
        foreach (byte b in body)
        {
            if (b < 0x20 && b is not ((byte)'\t' or (byte)'\n' or (byte)'\r' or (byte)'\f')) return false;
            if (b == 0x7F) return false;
        }
        return System.Text.Unicode.Utf8.IsValid(body) && end > 0;
    }

    private static string Hex(ReadOnlySpan<byte> bytes) => string.Join(' ', bytes.ToArray().Select(b => b.ToString("x2")));
}
