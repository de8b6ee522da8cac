using System.Text;

namespace PcapSearch.Query;

/// <summary><c>not x</c>. KQL allows no <c>not not x</c>: the printer writes <c>not (not x)</c>.</summary>
public sealed record KqlNot(KqlNode Child) : KqlNode
{
    public KqlNode Child { get; } = Child ?? throw new ArgumentNullException(nameof(Child));

    internal override int Precedence => 2;

    internal override void Write(StringBuilder sb)
    {
        sb.Append("not ");
        Child.WriteOperand(sb, 3);
    }
}
