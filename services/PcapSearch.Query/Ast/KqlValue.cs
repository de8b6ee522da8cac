using System.Text;

namespace PcapSearch.Query;

/// <summary>
/// A value as written in a query. Unquoted values may hold wildcards (<c>*</c> any run of characters, <c>?</c> one
/// character), kept as a <see cref="KqlPattern"/>; an escaped <c>\*</c> or <c>\?</c> is a literal character. Quoted
/// values (phrases) never hold wildcards.
/// </summary>
public sealed record KqlValue
{
    private KqlValue(KqlPattern pattern, bool quoted)
    {
        ArgumentNullException.ThrowIfNull(pattern);
        if (!quoted && pattern.HasEdgeWhitespace)
        {
            throw new ArgumentException("An unquoted value cannot start or end with whitespace (KQL trims it); quote it.", nameof(pattern));
        }
        Pattern = pattern;
        IsQuoted = quoted;
    }

    /// <summary>The text and its wildcards; a quoted value is a pattern without wildcards.</summary>
    public KqlPattern Pattern { get; }

    /// <summary>True for <c>"quoted phrases"</c>: matched as a phrase, never as a wildcard.</summary>
    public bool IsQuoted { get; }

    public bool HasWildcard => Pattern.HasWildcard;

    /// <summary>True for a lone unquoted <c>*</c>.</summary>
    public bool IsLoneWildcard => !IsQuoted && Pattern.IsLoneAnyString;

    /// <summary>The value with each wildcard shown as <c>*</c> or <c>?</c> (see <see cref="KqlPattern.Text"/>).</summary>
    public string Text => Pattern.Text;

    /// <summary>A quoted phrase: <c>"text"</c>.</summary>
    public static KqlValue Phrase(string text) => new(KqlPattern.Literal(text), true);

    /// <summary>An unquoted value without wildcards.</summary>
    public static KqlValue Term(string text) => new(KqlPattern.Literal(text), false);

    /// <summary>An unquoted value where every <c>*</c> and <c>?</c> in <paramref name="pattern"/> is a wildcard.</summary>
    public static KqlValue Wildcard(string pattern) => new(KqlPattern.Parse(pattern), false);

    /// <summary>An unquoted value with the given pattern.</summary>
    public static KqlValue Unquoted(KqlPattern pattern) => new(pattern, false);

    internal void Write(StringBuilder sb)
    {
        if (IsQuoted)
        {
            KqlText.WriteQuoted(sb, Pattern.Segments[0]);
        }
        else if (!Pattern.HasWildcard && Pattern.Segments[0].Length == 0)
        {
            // The only unquoted spelling of an empty value: an escaped tab, which KQL trims away.
            sb.Append("\\t");
        }
        else
        {
            Pattern.Write(sb);
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
