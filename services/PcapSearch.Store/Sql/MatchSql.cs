using System.Globalization;
using PcapSearch.Query;
using PcapSearch.Store.Catalog;

namespace PcapSearch.Store.Sql;

/// <summary>
/// <c>field:value</c> and bare values, by field type: keyword = exact term (<c>*</c>, <c>?</c> → LIKE), text =
/// case-insensitive containment, ip = address or CIDR range, long = number, date = the instant or the
/// span a partial date names. A bare value (or <c>*:value</c>) searches every keyword, text and ip field,
/// skipping fields the value cannot be (a word is no address).
/// </summary>
internal static class MatchSql
{
    public static string Translate(SqlContext context, KqlMatch match, KqlField? prefix)
    {
        if (match.Field is null && prefix is not null)
        {
            throw new FlowQueryException($"A bare value inside the nested group '{prefix.Name}' names no field; write field:value.");
        }
        if (FieldResolver.IsAllFields(match.Field, prefix))
        {
            return SqlContext.AnyOf(context.Catalog.Fields
                .Where(f => f.IsSearchedByBareValue)
                .Select(f => Field(context, f, match.Value, explicitField: false))
                .OfType<string>());
        }
        var fields = FieldResolver.Resolve(context, match.Field!, prefix, match.Value);
        return SqlContext.AnyOf(fields.Select(f => Field(context, f, match.Value, explicitField: true) ?? "FALSE"));
    }

    /// <summary>The condition for one field, or null when the value cannot be of the field's type (with a warning if the field was named).</summary>
    internal static string? Field(SqlContext context, FlowField field, KqlValue value, bool explicitField)
    {
        switch (field.Type)
        {
            case FieldType.Keyword:
                return Keyword(context, field, value);
            case FieldType.Text:
            {
                string pattern = value.HasWildcard ? LikePattern.From(value.Pattern) : LikePattern.Containing(value.Text);
                string p = context.Parameter(pattern);
                return SqlContext.Any(field, c => $"{c} ILIKE {p} {LikePattern.EscapeClause}");
            }
            case FieldType.Ip:
                if (!value.HasWildcard && IpValue.TryParseRange(value.Text, out var low, out var high))
                {
                    if (low == high)
                    {
                        string p = context.Parameter(low);
                        return field.Multi ? $"list_contains({SqlContext.Quote(field.Column)}, {p})" : $"{SqlContext.Quote(field.Column)} = {p}";
                    }
                    string a = context.Parameter(low), b = context.Parameter(high);
                    return SqlContext.Any(field, c => $"{c} BETWEEN {a} AND {b}");
                }
                return Refuse(context, field, value, "an IP address or CIDR block", explicitField);
            case FieldType.Long:
                if (!value.HasWildcard && long.TryParse(value.Text, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out long number))
                {
                    string p = context.Parameter(number);
                    return field.Multi ? $"list_contains({SqlContext.Quote(field.Column)}, {p})" : $"{SqlContext.Quote(field.Column)} = {p}";
                }
                return Refuse(context, field, value, "a whole number", explicitField);
            case FieldType.Date:
                if (!value.HasWildcard
                    && DateMath.TryParse(value.Text, context.Now, roundUp: false, out long from)
                    && DateMath.TryParse(value.Text, context.Now, roundUp: true, out long to))
                {
                    string a = context.Parameter(from), b = context.Parameter(to);
                    return SqlContext.Any(field, c => $"{c} BETWEEN {a} AND {b}");
                }
                return Refuse(context, field, value, "a date (ISO 8601 or date math)", explicitField);
            default:
                return null;
        }
    }

    private static string Keyword(SqlContext context, FlowField field, KqlValue value)
    {
        bool mac = field.Name.EndsWith(".mac", StringComparison.Ordinal);
        if (value.HasWildcard)
        {
            string p = context.Parameter(LikePattern.From(mac ? value.Pattern.MapSegments(MacValue.Segment) : value.Pattern));
            return SqlContext.Any(field, c => $"{c} LIKE {p} {LikePattern.EscapeClause}");
        }
        string text = mac && MacValue.TryNormalize(value.Text, out string normalized) ? normalized : value.Text;
        string parameter = context.Parameter(text);
        return field.Multi ? $"list_contains({SqlContext.Quote(field.Column)}, {parameter})" : $"{SqlContext.Quote(field.Column)} = {parameter}";
    }

    private static string? Refuse(SqlContext context, FlowField field, KqlValue value, string expected, bool explicitField)
    {
        if (!explicitField) return null;
        context.Warn($"'{value.Text}' is not {expected}, which the field '{field.Name}' holds: that part of the query matches nothing.");
        return "FALSE";
    }
}
