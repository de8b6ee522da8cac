using System.Text;

namespace PcapSearch.Query;

/// <summary>
/// A parsed KQL query. Nodes are immutable records with value equality (lists compare by content), so
/// <c>KqlParser.Parse(node.ToKql()) == node</c>.
/// </summary>
public abstract record KqlNode
{
    private protected KqlNode()
    {
    }

    /// <summary>Binding strength when printed: or 0, and 1, not 2, everything else 3.</summary>
    internal virtual int Precedence => 3;

    internal abstract void Write(StringBuilder sb);

    /// <summary>Writes the node, in parentheses when it binds looser than <paramref name="minimum"/>.</summary>
    internal void WriteOperand(StringBuilder sb, int minimum)
    {
        if (Precedence < minimum)
        {
            sb.Append('(');
            Write(sb);
            sb.Append(')');
        }
        else
        {
            Write(sb);
        }
    }

    /// <summary>Canonical KQL for this node (an empty string for a query that matches everything).</summary>
    public string ToKql()
    {
        if (this is KqlMatchAll) return "";
        var sb = new StringBuilder();
        Write(sb);
        return sb.ToString();
    }

    internal static EquatableArray<KqlNode> Operands(IEnumerable<KqlNode> children, string kind)
    {
        var array = new EquatableArray<KqlNode>(children);
        if (array.Count < 2) throw new ArgumentException($"'{kind}' needs at least two operands.", nameof(children));
        foreach (var child in array)
        {
            ArgumentNullException.ThrowIfNull(child, nameof(children));
        }
        return array;
    }
}
