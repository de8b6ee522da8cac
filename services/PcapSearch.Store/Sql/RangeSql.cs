using System.Globalization;
using PcapSearch.Query;
using PcapSearch.Store.Catalog;

namespace PcapSearch.Store.Sql;

/// <summary>
/// <c>field &gt;= value</c>: numbers, dates (ISO 8601 or date math; <c>&gt;</c> and <c>&lt;=</c> round up as
/// Elasticsearch does), addresses (numeric order, v4 before v6), and keywords (text order).
/// </summary>
internal static class RangeSql
{
    public static string Translate(SqlContext context, KqlRange range, KqlField? prefix)
    {
        var fields = FieldResolver.Resolve(context, range.Field, prefix, range.Value);
        string op = KqlRange.Symbol(range.Operator);
        bool roundUp = range.Operator is KqlRangeOperator.GreaterThan or KqlRangeOperator.LessThanOrEqual;
        return SqlContext.AnyOf(fields.Select(field =>
        {
            object? bound = Bound(context, field, range.Value, roundUp);
            if (bound is null)
            {
                context.Warn($"'{range.Value.Text}' is not a value of the field '{field.Name}' ({field.Type.ToString().ToLowerInvariant()}): that part of the query matches nothing.");
                return "FALSE";
            }
            string p = context.Parameter(bound);
            return SqlContext.Any(field, c => $"{c} {op} {p}");
        }));
    }

    private static object? Bound(SqlContext context, FlowField field, KqlValue value, bool roundUp)
    {
        if (value.HasWildcard) return null;
        string text = value.Text;
        switch (field.Type)
        {
            case FieldType.Long:
                if (long.TryParse(text, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out long number)) return number;
                if (double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out double real) && double.IsFinite(real)) return real;
                return null;
            case FieldType.Date:
                return DateMath.TryParse(text, context.Now, roundUp, out long ns) ? ns : null;
            case FieldType.Ip:
                return IpValue.TryParse(text, out var address) ? address : null;
            default:
                return text;
        }
    }
}
