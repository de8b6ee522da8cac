using System.Text;

namespace PcapSearch.Query;

/// <summary>
/// A field name, or a field-name pattern when it holds wildcards (<c>machine.os*</c>). Like <see cref="KqlValue"/>,
/// the text between wildcards is kept as <see cref="Segments"/>. Whether the name was quoted in the query is not kept:
/// it has no meaning for a field.
/// </summary>
public sealed record KqlField
{
    private KqlField(EquatableArray<string> segments)
    {
        if (segments.Count == 0) throw new ArgumentException("A field has at least one segment.", nameof(segments));
        if (segments.Count > 1 && (segments[0].Length > 0 && KqlText.IsJsWhite(segments[0][0])
                                   || segments[^1].Length > 0 && KqlText.IsJsWhite(segments[^1][^1])))
        {
            throw new ArgumentException("A field pattern cannot start or end with whitespace.", nameof(segments));
        }
        Segments = segments;
    }

    public EquatableArray<string> Segments { get; }

    public bool HasWildcard => Segments.Count > 1;

    /// <summary>True for the pattern <c>*</c> (every field).</summary>
    public bool IsLoneWildcard => Segments.Count == 2 && Segments[0].Length == 0 && Segments[1].Length == 0;

    /// <summary>The name, wildcards shown as <c>*</c>.</summary>
    public string Name => Segments.Count == 1 ? Segments[0] : string.Join('*', Segments);

    /// <summary>A plain field name (a <c>*</c> in it is a literal star).</summary>
    public static KqlField Named(string name) => new(new EquatableArray<string>([name], true));

    /// <summary>A field name where every <c>*</c> is a wildcard.</summary>
    public static KqlField Pattern(string pattern) => new(new EquatableArray<string>(pattern.Split('*'), true));

    internal static KqlField Create(EquatableArray<string> segments) => new(segments);

    /// <summary>The field <c>this.child</c>, as a nested query addresses it.</summary>
    public KqlField Append(KqlField child)
    {
        var segments = new string[Segments.Count + child.Segments.Count - 1];
        for (int i = 0; i < Segments.Count - 1; i++) segments[i] = Segments[i];
        segments[Segments.Count - 1] = Segments[^1] + "." + child.Segments[0];
        for (int i = 1; i < child.Segments.Count; i++) segments[Segments.Count - 1 + i] = child.Segments[i];
        return new KqlField(new EquatableArray<string>(segments, true));
    }

    internal void Write(StringBuilder sb)
    {
        if (HasWildcard)
        {
            KqlText.WriteSegments(sb, Segments);
            return;
        }
        string name = Segments[0];
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
