using System.Text;

namespace PcapSearch.Query;

/// <summary><c>field:*</c>: the field (or any field matching the pattern) has a value.</summary>
public sealed record KqlExists : KqlNode
{
    public KqlExists(KqlField field)
    {
        ArgumentNullException.ThrowIfNull(field);
        if (field.IsLoneWildcard) throw new ArgumentException("'*:*' is KqlMatchAll.", nameof(field));
        Field = field;
    }

    public KqlField Field { get; }

    internal override void Write(StringBuilder sb)
    {
        Field.Write(sb);
        sb.Append(":*");
    }
}
