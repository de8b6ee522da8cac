using System.Text;

namespace PcapSearch.Query;

/// <summary>
/// Literal text with wildcards, as an unquoted value or field name holds it: <see cref="Segments"/> are the literal
/// texts and <see cref="Wildcards"/> the wildcard between each two of them (<c>a*b?</c>: segments <c>["a", "b", ""]</c>,
/// wildcards <c>[AnyString, AnyCharacter]</c>; one segment and no wildcard: plain text). An escaped <c>\*</c> or
/// <c>\?</c> stays inside a segment as a literal character.
/// </summary>
public sealed record KqlPattern
{
    private KqlPattern(EquatableArray<string> segments, EquatableArray<KqlWildcard> wildcards)
    {
        if (segments.Count != wildcards.Count + 1)
        {
            throw new ArgumentException("A pattern has one segment more than wildcards.", nameof(segments));
        }
        foreach (var wildcard in wildcards)
        {
            if (!Enum.IsDefined(wildcard)) throw new ArgumentOutOfRangeException(nameof(wildcards));
        }
        Segments = segments;
        Wildcards = wildcards;
    }

    /// <summary>The literal text before, between and after the wildcards (possibly empty).</summary>
    public EquatableArray<string> Segments { get; }

    /// <summary><c>Wildcards[i]</c> stands between <c>Segments[i]</c> and <c>Segments[i + 1]</c>.</summary>
    public EquatableArray<KqlWildcard> Wildcards { get; }

    public bool HasWildcard => Wildcards.Count > 0;

    /// <summary>True for a lone <c>*</c>.</summary>
    public bool IsLoneAnyString => Wildcards.Count == 1 && Wildcards[0] == KqlWildcard.AnyString && Segments[0].Length == 0 && Segments[1].Length == 0;

    /// <summary>The text with each wildcard shown as <c>*</c> or <c>?</c> (ambiguous when a segment holds an escaped one: use <see cref="Segments"/>).</summary>
    public string Text => HasWildcard ? Render(s => s, Symbol) : Segments[0];

    /// <summary>Plain text: no wildcard.</summary>
    public static KqlPattern Literal(string text) => new(new EquatableArray<string>([text], true), default);

    /// <summary>The pattern where every <c>*</c> and <c>?</c> in <paramref name="pattern"/> is a wildcard.</summary>
    public static KqlPattern Parse(string pattern)
    {
        ArgumentNullException.ThrowIfNull(pattern);
        var segments = new List<string>();
        var wildcards = new List<KqlWildcard>();
        int start = 0;
        for (int i = 0; i < pattern.Length; i++)
        {
            if (pattern[i] is not ('*' or '?')) continue;
            segments.Add(pattern[start..i]);
            wildcards.Add(pattern[i] == '*' ? KqlWildcard.AnyString : KqlWildcard.AnyCharacter);
            start = i + 1;
        }
        segments.Add(pattern[start..]);
        return Create(segments.ToArray(), wildcards.ToArray());
    }

    public static KqlPattern Create(IEnumerable<string> segments, IEnumerable<KqlWildcard> wildcards) =>
        new(new EquatableArray<string>(segments), new EquatableArray<KqlWildcard>(wildcards));

    internal static KqlPattern Create(string[] segments, KqlWildcard[] wildcards) =>
        new(new EquatableArray<string>(segments, true), new EquatableArray<KqlWildcard>(wildcards, true));

    public static string Symbol(KqlWildcard wildcard) => wildcard == KqlWildcard.AnyString ? "*" : "?";

    /// <summary>
    /// The pattern in another syntax: each segment through <paramref name="literal"/> (which escapes it for the target),
    /// each wildcard through <paramref name="wildcard"/>.
    /// </summary>
    public string Render(Func<string, string> literal, Func<KqlWildcard, string> wildcard)
    {
        var sb = new StringBuilder();
        for (int i = 0; i < Segments.Count; i++)
        {
            if (i > 0) sb.Append(wildcard(Wildcards[i - 1]));
            sb.Append(literal(Segments[i]));
        }
        return sb.ToString();
    }

    /// <summary>The same wildcards with each segment rewritten (for example into the documents' spelling).</summary>
    public KqlPattern MapSegments(Func<string, string> map) => new(new EquatableArray<string>(Segments.Select(map)), Wildcards);

    /// <summary><c>this.child</c>: the last segment and the child's first join with a dot.</summary>
    public KqlPattern Append(KqlPattern child)
    {
        var segments = new string[Segments.Count + child.Segments.Count - 1];
        for (int i = 0; i < Segments.Count - 1; i++) segments[i] = Segments[i];
        segments[Segments.Count - 1] = Segments[^1] + "." + child.Segments[0];
        for (int i = 1; i < child.Segments.Count; i++) segments[Segments.Count - 1 + i] = child.Segments[i];
        return Create(segments, [.. Wildcards, .. child.Wildcards]);
    }

    /// <summary>Writes the pattern unquoted: segments escaped, wildcards bare.</summary>
    internal void Write(StringBuilder sb)
    {
        for (int i = 0; i < Segments.Count; i++)
        {
            if (i > 0) sb.Append(Symbol(Wildcards[i - 1]));
            KqlText.WriteUnquoted(sb, Segments[i]);
        }
    }

    /// <summary>True when the first or last literal character is whitespace, which KQL trims from unquoted text.</summary>
    internal bool HasEdgeWhitespace =>
        Segments[0].Length > 0 && KqlText.IsJsWhite(Segments[0][0]) || Segments[^1].Length > 0 && KqlText.IsJsWhite(Segments[^1][^1]);

    public override string ToString() => Text;
}
