using System.Text;

namespace PcapSearch.Query.Tests;

/// <summary>
/// A compact, unambiguous text form of an AST for test expectations:
/// <c>or(...)</c>, <c>and(...)</c>, <c>not(x)</c>, <c>is(field, value)</c> (field <c>-</c>: every field),
/// <c>exists(field)</c>, <c>range(field, op, value)</c>, <c>nested(path, query)</c>, <c>all</c>.
/// Unquoted values show wildcards as <c>*</c> and <c>?</c>, literal ones as <c>\*</c> and <c>\?</c>; quoted values are in double quotes.
/// Control characters show as \t, \r, \n.
/// </summary>
public static class Dump
{
    public static string Of(KqlNode node)
    {
        var sb = new StringBuilder();
        Write(sb, node);
        return sb.ToString();
    }

    private static void Write(StringBuilder sb, KqlNode node)
    {
        switch (node)
        {
            case KqlOr or: List(sb, "or", or.Children); break;
            case KqlAnd and: List(sb, "and", and.Children); break;
            case KqlNot not: sb.Append("not("); Write(sb, not.Child); sb.Append(')'); break;
            case KqlMatch m:
                sb.Append("is(");
                if (m.Field is null) sb.Append('-'); else Pattern(sb, m.Field.Pattern);
                sb.Append(", ");
                Value(sb, m.Value);
                sb.Append(')');
                break;
            case KqlExists e: sb.Append("exists("); Pattern(sb, e.Field.Pattern); sb.Append(')'); break;
            case KqlRange r:
                sb.Append("range(");
                Pattern(sb, r.Field.Pattern);
                sb.Append(", ").Append(r.Operator switch
                {
                    KqlRangeOperator.LessThan => "lt",
                    KqlRangeOperator.LessThanOrEqual => "lte",
                    KqlRangeOperator.GreaterThan => "gt",
                    _ => "gte",
                }).Append(", ");
                Value(sb, r.Value);
                sb.Append(')');
                break;
            case KqlNested n: sb.Append("nested("); Pattern(sb, n.Path.Pattern); sb.Append(", "); Write(sb, n.Query); sb.Append(')'); break;
            case KqlMatchAll: sb.Append("all"); break;
            default: throw new InvalidOperationException(node.GetType().Name);
        }
    }

    private static void List(StringBuilder sb, string name, EquatableArray<KqlNode> children)
    {
        sb.Append(name).Append('(');
        for (int i = 0; i < children.Count; i++)
        {
            if (i > 0) sb.Append(", ");
            Write(sb, children[i]);
        }
        sb.Append(')');
    }

    private static void Value(StringBuilder sb, KqlValue value)
    {
        if (value.IsQuoted)
        {
            sb.Append('"');
            Text(sb, value.Text);
            sb.Append('"');
        }
        else
        {
            Pattern(sb, value.Pattern);
        }
    }

    private static void Pattern(StringBuilder sb, KqlPattern pattern)
    {
        Text(sb, pattern.Render(s => s.Replace("*", "\\*").Replace("?", "\\?").Replace("\"", "\\\""), KqlPattern.Symbol));
    }

    private static void Text(StringBuilder sb, string text)
    {
        foreach (char c in text)
        {
            sb.Append(c switch { '\t' => "\\t", '\r' => "\\r", '\n' => "\\n", _ => c.ToString() });
        }
    }
}
