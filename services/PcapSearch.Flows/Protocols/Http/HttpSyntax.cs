namespace PcapSearch.Flows.Protocols.Http;

/// <summary>
/// HTTP/1.x message syntax (RFC 9112) as far as the parser needs it: does a packet start a request
/// or a response, where does a head end, and the fields of a start line and of a header line.
/// Lines may end in CRLF or a bare LF, as real clients send and as tshark and Zeek accept.
/// </summary>
internal static class HttpSyntax
{
    /// <summary>The request methods recognised at the start of a packet, each followed by a space.</summary>
    private static readonly byte[][] Methods =
    [
        "GET "u8.ToArray(), "POST "u8.ToArray(), "HEAD "u8.ToArray(), "PUT "u8.ToArray(), "DELETE "u8.ToArray(),
        "OPTIONS "u8.ToArray(), "CONNECT "u8.ToArray(), "TRACE "u8.ToArray(), "PATCH "u8.ToArray(),
        "PROPFIND "u8.ToArray(), "PROPPATCH "u8.ToArray(), "MKCOL "u8.ToArray(), "COPY "u8.ToArray(), "MOVE "u8.ToArray(),
        "LOCK "u8.ToArray(), "UNLOCK "u8.ToArray(), "SEARCH "u8.ToArray(), "REPORT "u8.ToArray(), "MKACTIVITY "u8.ToArray(),
        "CHECKOUT "u8.ToArray(), "MERGE "u8.ToArray(), "M-SEARCH "u8.ToArray(), "NOTIFY "u8.ToArray(),
        "SUBSCRIBE "u8.ToArray(), "UNSUBSCRIBE "u8.ToArray(), "PURGE "u8.ToArray(), "CCM_POST "u8.ToArray(),
        "RPC_IN_DATA "u8.ToArray(), "RPC_OUT_DATA "u8.ToArray(), "BPROPFIND "u8.ToArray(), "POLL "u8.ToArray(),
    ];

    /// <summary>Longest method token plus its space.</summary>
    private const int LongestMethod = 13;

    private static ReadOnlySpan<byte> ResponsePrefix => "HTTP/1."u8;

    /// <summary>Whether <paramref name="data"/> starts with a known method and a space, or with "HTTP/1.".</summary>
    public static bool StartsMessage(ReadOnlySpan<byte> data)
    {
        if (data.Length < 4) return false;
        byte first = data[0];
        if (first == 'H' && data.StartsWith(ResponsePrefix)) return true;
        if (first < 'A' || first > 'U') return false;
        foreach (var method in Methods)
        {
            if (method[0] == first && data.StartsWith(method)) return true;
        }
        return false;
    }

    /// <summary>Whether more bytes could make <paramref name="data"/> the start of a message (short first segments).</summary>
    public static bool CouldStartMessage(ReadOnlySpan<byte> data)
    {
        if (StartsMessage(data)) return true;
        if (data.Length >= LongestMethod) return false;
        if (ResponsePrefix.StartsWith(data)) return true;
        foreach (var method in Methods)
        {
            if (method.AsSpan().StartsWith(data)) return true;
        }
        return false;
    }

    /// <summary>The length of the head (start line and headers, through the empty line), or -1 when it has not ended.</summary>
    public static int HeadLength(ReadOnlySpan<byte> data)
    {
        int from = 0;
        while (true)
        {
            int lf = data[from..].IndexOf((byte)'\n');
            if (lf < 0) return -1;
            lf += from;
            int next = lf + 1;
            if (next < data.Length && data[next] == '\n') return next + 1;
            if (next + 1 < data.Length && data[next] == '\r' && data[next + 1] == '\n') return next + 2;
            if (next >= data.Length || (next + 1 >= data.Length && data[next] == '\r')) return -1;
            from = next;
        }
    }

    /// <summary>Splits off the first line of <paramref name="head"/> (without its CR LF); false when no line ends in it.</summary>
    public static bool TryTakeLine(ref ReadOnlySpan<byte> head, out ReadOnlySpan<byte> line)
    {
        int lf = head.IndexOf((byte)'\n');
        if (lf < 0)
        {
            line = default;
            return false;
        }
        line = head[..lf];
        if (!line.IsEmpty && line[^1] == '\r') line = line[..^1];
        head = head[(lf + 1)..];
        return true;
    }

    /// <summary>The next token of a start line, up to one space (two spaces make an empty token, as in tshark).</summary>
    public static ReadOnlySpan<byte> Token(ref ReadOnlySpan<byte> line)
    {
        int space = line.IndexOf((byte)' ');
        ReadOnlySpan<byte> token;
        if (space < 0)
        {
            token = line;
            line = default;
        }
        else
        {
            token = line[..space];
            line = line[(space + 1)..];
        }
        return token;
    }

    /// <summary>A header line's name and value (optional whitespace trimmed); false for a line without a colon or a folded continuation.</summary>
    public static bool TrySplitHeader(ReadOnlySpan<byte> line, out ReadOnlySpan<byte> name, out ReadOnlySpan<byte> value)
    {
        int colon = line.IndexOf((byte)':');
        if (colon <= 0 || line[0] == ' ' || line[0] == '\t')
        {
            name = value = default;
            return false;
        }
        name = line[..colon].TrimEnd((byte)' ');
        value = line[(colon + 1)..].Trim(" \t"u8);
        return true;
    }

    /// <summary>Whether a Transfer-Encoding value names chunked (any case, anywhere in the list).</summary>
    public static bool ContainsChunked(ReadOnlySpan<byte> value)
    {
        for (int i = 0; i + 7 <= value.Length; i++)
        {
            if ((value[i] | 0x20) == 'c' && System.Text.Ascii.EqualsIgnoreCase(value.Slice(i, 7), "chunked"u8)) return true;
        }
        return false;
    }

    /// <summary>A non-negative decimal Content-Length; false for anything else (a list, a sign, an overflow).</summary>
    public static bool TryParseLength(ReadOnlySpan<byte> value, out long length)
    {
        length = 0;
        if (value.IsEmpty || value.Length > 18) return false;
        foreach (byte b in value)
        {
            if (b < '0' || b > '9') return false;
            length = length * 10 + (b - '0');
        }
        return true;
    }

    /// <summary>The Host header without its port: "example.com:8080" is "example.com", "[::1]:80" is "[::1]".</summary>
    public static ReadOnlySpan<byte> HostWithoutPort(ReadOnlySpan<byte> host)
    {
        if (!host.IsEmpty && host[0] == '[')
        {
            int close = host.IndexOf((byte)']');
            return close > 0 ? host[..(close + 1)] : host;
        }
        int colon = host.LastIndexOf((byte)':');
        // More than one colon without brackets: a bare IPv6 address, no port to strip.
        return colon >= 0 && host[..colon].IndexOf((byte)':') < 0 ? host[..colon] : host;
    }
}
