using System.Text;

namespace PcapSearch.Query;

/// <summary>Matches every document: an empty query, a bare <c>*</c>, or <c>*:*</c>.</summary>
public sealed record KqlMatchAll : KqlNode
{
    public static KqlMatchAll Instance { get; } = new();

    // Top level prints as the empty query (see KqlNode.ToKql); as an operand it prints as '*'.
    internal override void Write(StringBuilder sb) => sb.Append('*');
}
