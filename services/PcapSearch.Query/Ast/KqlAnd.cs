using System.Text;

namespace PcapSearch.Query;

/// <summary><c>a and b and c</c>: matches when every operand matches.</summary>
public sealed record KqlAnd : KqlNode
{
    public KqlAnd(params KqlNode[] children) : this((IEnumerable<KqlNode>)children)
    {
    }

    public KqlAnd(IEnumerable<KqlNode> children) => Children = Operands(children, "and");

    public EquatableArray<KqlNode> Children { get; }

    internal override int Precedence => 1;

    internal override void Write(StringBuilder sb)
    {
        for (int i = 0; i < Children.Count; i++)
        {
            if (i > 0) sb.Append(" and ");
            Children[i].WriteOperand(sb, 2);
        }
    }
}
