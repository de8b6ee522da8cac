using System.Text;

namespace PcapSearch.Query;

/// <summary>
/// A value as written in a query. Unquoted values may hold wildcards: the text between wildcards is kept as
/// <see cref="Segments"/> (one segment: no wildcard; <c>a*b</c>: <c>["a", "b"]</c>; an escaped <c>\*</c> stays inside a
/// segment as a literal star). Quoted values (phrases) never hold wildcards.
/// </summary>
public sealed record KqlValue
{
    private KqlValue(EquatableArray<string> segments, bool quoted)
    {
        if (segments.Count == 0) throw new ArgumentException("A value has at least one segment.", nameof(segments));
        if (quoted && segments.Count != 1) throw new ArgumentException("A quoted value holds no wildcard.", nameof(segments));
        if (!quoted && (segments[0].Length > 0 && KqlText.IsJsWhite(segments[0][0])
                        || segments[^1].Length > 0 && KqlText.IsJsWhite(segments[^1][^1])))
        {
            throw new ArgumentException("An unquoted value cannot start or end with whitespace (KQL trims it); quote it.", nameof(segments));
        }
        Segments = segments;
        IsQuoted = quoted;
    }

    /// <summary>The literal text between wildcards; more than one segment means the value is a wildcard pattern.</summary>
    public EquatableArray<string> Segments { get; }

    /// <summary>True for <c>"quoted phrases"</c>: matched as a phrase, never as a wildcard.</summary>
    public bool IsQuoted { get; }

    public bool HasWildcard => Segments.Count > 1;

    /// <summary>True for a lone unquoted <c>*</c>.</summary>
    public bool IsLoneWildcard => !IsQuoted && Segments.Count == 2 && Segments[0].Length == 0 && Segments[1].Length == 0;

    /// <summary>The value with each wildcard shown as <c>*</c> (ambiguous when a segment holds an escaped star: use <see cref="Segments"/>).</summary>
    public string Text => Segments.Count == 1 ? Segments[0] : string.Join('*', Segments);

    /// <summary>A quoted phrase: <c>"text"</c>.</summary>
    public static KqlValue Phrase(string text) => new(new EquatableArray<string>([text], true), true);

    /// <summary>An unquoted value without wildcards.</summary>
    public static KqlValue Term(string text) => new(new EquatableArray<string>([text], true), false);

    /// <summary>An unquoted value with a wildcard between each of the given segments.</summary>
    public static KqlValue Wildcard(params string[] segments) => new(new EquatableArray<string>(segments), false);

    /// <summary>An unquoted value where every <c>*</c> in <paramref name="pattern"/> is a wildcard.</summary>
    public static KqlValue Pattern(string pattern) => new(new EquatableArray<string>(pattern.Split('*'), true), false);

    internal static KqlValue Create(EquatableArray<string> segments, bool quoted) => new(segments, quoted);

    internal void Write(StringBuilder sb)
    {
        if (IsQuoted)
        {
            KqlText.WriteQuoted(sb, Segments[0]);
        }
        else if (Segments.Count == 1 && Segments[0].Length == 0)
        {
            // The only unquoted spelling of an empty value: an escaped tab, which KQL trims away.
            sb.Append("\\t");
        }
        else
        {
            KqlText.WriteSegments(sb, Segments);
        }
    }

    public string ToKql()
    {
        var sb = new StringBuilder();
        Write(sb);
        return sb.ToString();
    }

    public override string ToString() => ToKql();
}
