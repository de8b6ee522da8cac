using System.Text;

namespace PcapSearch.Query;

/// <summary>
/// <c>field:value</c>, or a bare <c>value</c> (<see cref="Field"/> null) that searches every field. The value may be a
/// quoted phrase or an unquoted term with wildcards. A lone <c>*</c> is never a match value: <c>field:*</c> is
/// <see cref="KqlExists"/> and a bare <c>*</c> is <see cref="KqlMatchAll"/>.
/// </summary>
public sealed record KqlMatch : KqlNode
{
    public KqlMatch(KqlField? field, KqlValue value)
    {
        ArgumentNullException.ThrowIfNull(value);
        if (value.IsLoneWildcard)
        {
            throw new ArgumentException("A lone '*' is KqlExists (with a field) or KqlMatchAll (without).", nameof(value));
        }
        Field = field;
        Value = value;
    }

    /// <summary>The field or field pattern; null searches all fields.</summary>
    public KqlField? Field { get; }

    public KqlValue Value { get; }

    internal override void Write(StringBuilder sb)
    {
        if (Field is not null)
        {
            Field.Write(sb);
            sb.Append(':');
        }
        Value.Write(sb);
    }
}
