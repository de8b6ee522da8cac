using System.Text;

namespace PcapSearch.Query;

/// <summary><c>a or b or c</c>: matches when any operand matches. Binds looser than <c>and</c>.</summary>
public sealed record KqlOr : KqlNode
{
    public KqlOr(params KqlNode[] children) : this((IEnumerable<KqlNode>)children)
    {
    }

    public KqlOr(IEnumerable<KqlNode> children) => Children = Operands(children, "or");

    public EquatableArray<KqlNode> Children { get; }

    internal override int Precedence => 0;

    // An or inside an or is parenthesised: "a or b or c" reads back as one flat or.
    internal override void Write(StringBuilder sb)
    {
        for (int i = 0; i < Children.Count; i++)
        {
            if (i > 0) sb.Append(" or ");
            Children[i].WriteOperand(sb, 1);
        }
    }
}
