namespace PcapSearch.Store.Sql;

/// <summary>MAC addresses as the documents spell them (ECS: upper-case hex, hyphens): users type any common form.</summary>
public static class MacValue
{
    public static bool TryNormalize(string text, out string mac)
    {
        mac = "";
        var hex = new char[12];
        int n = 0;
        foreach (char c in text)
        {
            if (c is ':' or '-' or '.') continue;
            if (!char.IsAsciiHexDigit(c) || n == 12) return false;
            hex[n++] = char.ToUpperInvariant(c);
        }
        if (n != 12) return false;
        mac = string.Join('-', Enumerable.Range(0, 6).Select(i => new string(hex, i * 2, 2)));
        return true;
    }

    /// <summary>A wildcard segment in the documents' spelling: upper case, ':' as '-'.</summary>
    public static string Segment(string segment) => segment.ToUpperInvariant().Replace(':', '-');
}
