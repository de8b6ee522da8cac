using System.Text;

namespace PcapSearch.Query;

public enum KqlRangeOperator
{
    LessThan,
    LessThanOrEqual,
    GreaterThan,
    GreaterThanOrEqual,
}

/// <summary><c>field &lt; value</c>, <c>&lt;=</c>, <c>&gt;</c>, <c>&gt;=</c>. The value is text as written (a number, a quoted date, ...): the field's type decides.</summary>
public sealed record KqlRange : KqlNode
{
    public KqlRange(KqlField field, KqlRangeOperator op, KqlValue value)
    {
        ArgumentNullException.ThrowIfNull(field);
        ArgumentNullException.ThrowIfNull(value);
        if (!Enum.IsDefined(op)) throw new ArgumentOutOfRangeException(nameof(op));
        Field = field;
        Operator = op;
        Value = value;
    }

    public KqlField Field { get; }

    public KqlRangeOperator Operator { get; }

    public KqlValue Value { get; }

    public static string Symbol(KqlRangeOperator op) => op switch
    {
        KqlRangeOperator.LessThan => "<",
        KqlRangeOperator.LessThanOrEqual => "<=",
        KqlRangeOperator.GreaterThan => ">",
        _ => ">=",
    };

    internal override void Write(StringBuilder sb)
    {
        Field.Write(sb);
        sb.Append(' ').Append(Symbol(Operator)).Append(' ');
        Value.Write(sb);
    }
}
