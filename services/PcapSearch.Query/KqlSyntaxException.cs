namespace PcapSearch.Query;

/// <summary>
/// A query KQL cannot parse. Says where (<see cref="Column"/>, 1-based; newlines count as one character, as in
/// Kibana), what the grammar expected there and what it found, in Kibana's words:
/// <code>
/// Expected "(", "{", value, whitespace but end of input found at column 10.
/// response:
/// ---------^
/// </code>
/// </summary>
public sealed class KqlSyntaxException : FormatException
{
    internal KqlSyntaxException(string query, int offset, IReadOnlyList<string> expected, string? found, string? reason = null)
        : base(Compose(query, offset, expected, found, reason, out var shortMessage, out var caret))
    {
        Query = query;
        Offset = offset;
        Expected = expected;
        Found = found;
        ShortMessage = shortMessage;
        CaretLine = caret;
    }

    /// <summary>The query as given.</summary>
    public string Query { get; }

    /// <summary>0-based offset of the error in <see cref="Query"/>.</summary>
    public int Offset { get; }

    /// <summary>1-based column of the error.</summary>
    public int Column => Offset + 1;

    /// <summary>What the grammar accepts at <see cref="Column"/>, sorted as Kibana sorts them (e.g. <c>"("</c>, <c>NOT</c>, <c>field name</c>, <c>value</c>).</summary>
    public IReadOnlyList<string> Expected { get; }

    /// <summary>The character found there; null at the end of the input.</summary>
    public string? Found { get; }

    /// <summary>The first line of the message without the column, as Kibana's <c>shortMessage</c>.</summary>
    public string ShortMessage { get; }

    /// <summary>Dashes up to the error and a caret under it.</summary>
    public string CaretLine { get; }

    private static string Compose(string query, int offset, IReadOnlyList<string> expected, string? found, string? reason,
        out string shortMessage, out string caret)
    {
        string foundText = found is null ? "end of input" : "\"" + found + "\"";
        shortMessage = reason ?? $"Expected {string.Join(", ", expected)} but {foundText} found.";
        caret = new string('-', offset) + "^";
        return $"{shortMessage.TrimEnd('.')} at column {offset + 1}.\n{query}\n{caret}";
    }
}
