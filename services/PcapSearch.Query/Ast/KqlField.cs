using System.Text;

namespace PcapSearch.Query;

/// <summary>
/// A field name, or a field-name pattern when it holds wildcards (<c>machine.os*</c>, <c>source.?p</c>): like
/// <see cref="KqlValue"/>, the name is a <see cref="KqlPattern"/>. Whether the name was quoted in the query is not
/// kept: it has no meaning for a field.
/// </summary>
public sealed record KqlField
{
    private KqlField(KqlPattern pattern)
    {
        ArgumentNullException.ThrowIfNull(pattern);
        if (pattern.HasWildcard && pattern.HasEdgeWhitespace)
        {
            throw new ArgumentException("A field pattern cannot start or end with whitespace.", nameof(pattern));
        }
        Pattern = pattern;
    }

    public KqlPattern Pattern { get; }

    public bool HasWildcard => Pattern.HasWildcard;

    /// <summary>True for the pattern <c>*</c> (every field).</summary>
    public bool IsLoneWildcard => Pattern.IsLoneAnyString;

    /// <summary>The name, wildcards shown as <c>*</c> or <c>?</c>.</summary>
    public string Name => Pattern.Text;

    /// <summary>A plain field name (a <c>*</c> or <c>?</c> in it is a literal character).</summary>
    public static KqlField Named(string name) => new(KqlPattern.Literal(name));

    /// <summary>A field name where every <c>*</c> and <c>?</c> is a wildcard.</summary>
    public static KqlField Wildcard(string pattern) => new(KqlPattern.Parse(pattern));

    /// <summary>A field with the given name pattern.</summary>
    public static KqlField Of(KqlPattern pattern) => new(pattern);

    /// <summary>The field <c>this.child</c>, as a nested query addresses it.</summary>
    public KqlField Append(KqlField child) => new(Pattern.Append(child.Pattern));

    internal void Write(StringBuilder sb)
    {
        if (HasWildcard)
        {
            Pattern.Write(sb);
            return;
        }
        string name = Pattern.Segments[0];
        bool quote = name.Length == 0;
        foreach (char c in name)
        {
            if (KqlText.IsJsWhite(c)) { quote = true; break; }
        }
        if (quote) KqlText.WriteQuoted(sb, name);
        else KqlText.WriteUnquoted(sb, name);
    }

    public override string ToString() => Name;
}
