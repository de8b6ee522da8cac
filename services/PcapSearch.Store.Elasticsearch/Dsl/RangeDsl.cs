using System.Globalization;
using System.Text.Json.Nodes;
using PcapSearch.Query;
using PcapSearch.Store.Catalog;
using PcapSearch.Store.Sql;

namespace PcapSearch.Store.Elasticsearch.Dsl;

/// <summary>
/// <c>field &gt;= value</c> as a <c>range</c> clause: numbers, dates (<see cref="DateBound"/>: rounded up for
/// gt and lte, as the DuckDB translator does), addresses and keywords (text order).
/// </summary>
internal static class RangeDsl
{
    public static JsonObject Translate(DslContext context, KqlRange range, KqlField? prefix)
    {
        var fields = FieldResolver.Resolve(context.Catalog, context.Warn, range.Field, prefix, range.Value);
        string op = range.Operator switch
        {
            KqlRangeOperator.LessThan => "lt",
            KqlRangeOperator.LessThanOrEqual => "lte",
            KqlRangeOperator.GreaterThan => "gt",
            _ => "gte",
        };
        return Clauses.AnyOf(fields.Select(field =>
        {
            var bound = Bound(field, range.Value, roundUp: range.Operator is KqlRangeOperator.GreaterThan or KqlRangeOperator.LessThanOrEqual);
            if (bound is null)
            {
                context.Warn($"'{range.Value.Text}' is not a value of the field '{field.Name}' ({field.Type.ToString().ToLowerInvariant()}): that part of the query matches nothing.");
                return Clauses.MatchNone();
            }
            return Clauses.Range(field.Name, new JsonObject { [op] = bound });
        }));
    }

    private static JsonNode? Bound(FlowField field, KqlValue value, bool roundUp)
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
                return DateBound.Of(text, roundUp);
            case FieldType.Ip:
                return IpValue.TryParse(text, out _) ? text : null;
            default:
                return text;
        }
    }
}
