using System.Text;

namespace PcapSearch.Query.Tests;

/// <summary>Seeded generators of random query text and random (printable) trees.</summary>
public sealed class RandomKql(int seed)
{
    private static readonly string[] Atoms =
    [
        "a", "b", "x", "GET", "200", "10.0.0.5", "os", ".", "_", "@", "-", "/", "?", "é", "日",
        " ", " ", "  ", "\t", "\n", "\u00A0", "\u2003",
        "\\", "(", ")", ":", "<", ">", "\"", "*", "{", "}", "<=", ">=",
        "or", "and", "not", "OR", "And", "NOT", "Not", " or ", " and ", "not ", "\\or", "\\and", "\\not", "\\Not",
        "\\t", "\\n", "\\u0041", "\\u00", "\\\\", "\\\"", "\\*", "\\?", "\\:", "\\(",
    ];

    private readonly Random _random = new(seed);

    public int Next(int max) => _random.Next(max);

    /// <summary>Text made of KQL's building blocks, mostly not valid KQL.</summary>
    public string Text(int maxAtoms)
    {
        var sb = new StringBuilder();
        int n = _random.Next(maxAtoms + 1);
        for (int i = 0; i < n; i++) sb.Append(Atoms[_random.Next(Atoms.Length)]);
        return sb.ToString();
    }

    /// <summary>A random character string (any UTF-16 code unit, with a bias to ASCII).</summary>
    public string Noise(int maxLength)
    {
        var chars = new char[_random.Next(maxLength + 1)];
        for (int i = 0; i < chars.Length; i++)
        {
            chars[i] = _random.Next(4) == 0 ? (char)_random.Next(0x10000) : (char)_random.Next(0x20, 0x7F);
        }
        return new string(chars);
    }

    public KqlNode Node(int depth)
    {
        int kind = depth <= 0 ? 4 + _random.Next(5) : _random.Next(10);
        switch (kind)
        {
            case 0:
            case 1:
                return new KqlOr(Children(depth));
            case 2:
                return new KqlAnd(Children(depth));
            case 3:
                return new KqlNot(Node(depth - 1));
            case 4:
            case 5:
                return Match();
            case 6:
                return new KqlExists(Field(allowLoneWildcard: false));
            case 7:
                return new KqlRange(Field(allowLoneWildcard: true), (KqlRangeOperator)_random.Next(4), Value(allowLoneWildcard: true));
            case 8:
                return _random.Next(6) == 0 ? KqlMatchAll.Instance : Match();
            default:
                return new KqlNested(Field(allowLoneWildcard: true), Node(depth - 1));
        }
    }

    private KqlNode Match() =>
        new KqlMatch(_random.Next(4) == 0 ? null : Field(allowLoneWildcard: true), Value(allowLoneWildcard: false));

    private List<KqlNode> Children(int depth)
    {
        int n = 2 + _random.Next(3);
        var list = new List<KqlNode>(n);
        for (int i = 0; i < n; i++) list.Add(Node(depth - 1));
        return list;
    }

    /// <summary>
    /// Literal text, or (one time in three) two or three segments joined by random wildcards; edges trimmed where KQL
    /// would trim them (always for values, for fields only around a pattern).
    /// </summary>
    private KqlPattern Pattern(bool isValue)
    {
        int n = _random.Next(3) == 0 ? 2 + _random.Next(2) : 1;
        var segments = new string[n];
        for (int i = 0; i < n; i++) segments[i] = Text(4);
        if (isValue || n > 1)
        {
            segments[0] = TrimStart(segments[0]);
            segments[^1] = TrimEnd(segments[^1]);
        }
        var wildcards = Enumerable.Range(0, n - 1).Select(_ => _random.Next(2) == 0 ? KqlWildcard.AnyString : KqlWildcard.AnyCharacter);
        return KqlPattern.Create(segments, wildcards);
    }

    public KqlValue Value(bool allowLoneWildcard)
    {
        if (_random.Next(3) == 0) return KqlValue.Phrase(Text(6));
        var value = KqlValue.Unquoted(Pattern(isValue: true));
        return !allowLoneWildcard && value.IsLoneWildcard ? KqlValue.Term("v") : value;
    }

    public KqlField Field(bool allowLoneWildcard)
    {
        if (_random.Next(2) == 0) return KqlField.Named(Text(4));
        var field = KqlField.Of(Pattern(isValue: false));
        return !allowLoneWildcard && field.IsLoneWildcard ? KqlField.Named("f") : field;
    }

    private static string TrimStart(string s) => s.TrimStart('\t', '\n', '\v', '\f', '\r', ' ', '\u00A0', '\uFEFF', '\u2003', '\u2028', '\u2029');

    private static string TrimEnd(string s) => s.TrimEnd('\t', '\n', '\v', '\f', '\r', ' ', '\u00A0', '\uFEFF', '\u2003', '\u2028', '\u2029');
}
