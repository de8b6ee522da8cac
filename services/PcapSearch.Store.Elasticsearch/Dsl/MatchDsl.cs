using System.Globalization;
using System.Text.Json.Nodes;
using PcapSearch.Query;
using PcapSearch.Store.Catalog;
using PcapSearch.Store.Sql;

namespace PcapSearch.Store.Elasticsearch.Dsl;

/// <summary>
/// <c>field:value</c> and bare values, by field type, with the DuckDB translator's meaning: keyword = exact
/// term (<c>*</c>, <c>?</c> → wildcard), text = case-insensitive containment (a case-insensitive wildcard on the keyword),
/// ip = address or CIDR (a term, which Elasticsearch reads as a block), long = number, date = the span the
/// value names (gte/lte, see <see cref="DateBound"/>). A bare value searches every
/// keyword, text and ip field, skipping fields the value cannot be.
/// </summary>
internal static class MatchDsl
{
    public static JsonObject Translate(DslContext context, KqlMatch match, KqlField? prefix)
    {
        if (match.Field is null && prefix is not null)
        {
            throw new FlowQueryException($"A bare value inside the nested group '{prefix.Name}' names no field; write field:value.");
        }
        if (FieldResolver.IsAllFields(match.Field, prefix))
        {
            return Clauses.AnyOf(context.Catalog.Fields
                .Where(f => f.IsSearchedByBareValue)
                .Select(f => Field(context, f, match.Value, explicitField: false))
                .OfType<JsonObject>());
        }
        var fields = FieldResolver.Resolve(context.Catalog, context.Warn, match.Field!, prefix, match.Value);
        return Clauses.AnyOf(fields.Select(f => Field(context, f, match.Value, explicitField: true) ?? Clauses.MatchNone()));
    }

    /// <summary>The clause for one field, or null when the value cannot be of the field's type (with a warning if the field was named).</summary>
    private static JsonObject? Field(DslContext context, FlowField field, KqlValue value, bool explicitField)
    {
        switch (field.Type)
        {
            case FieldType.Keyword:
                return Keyword(field, value);
            case FieldType.Text:
                return Clauses.Wildcard(field.Name,
                    value.HasWildcard ? WildcardPattern.From(value.Pattern) : WildcardPattern.Containing(value.Text),
                    caseInsensitive: true);
            case FieldType.Ip:
                if (!value.HasWildcard && IpValue.TryParseRange(value.Text, out _, out _)) return Clauses.Term(field.Name, value.Text);
                return Refuse(context, field, value, "an IP address or CIDR block", explicitField);
            case FieldType.Long:
                if (!value.HasWildcard && long.TryParse(value.Text, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out long number))
                {
                    return Clauses.Term(field.Name, number);
                }
                return Refuse(context, field, value, "a whole number", explicitField);
            case FieldType.Date:
                if (!value.HasWildcard && DateBound.Of(value.Text, roundUp: false) is { } from && DateBound.Of(value.Text, roundUp: true) is { } to)
                {
                    return Clauses.Range(field.Name, new JsonObject { ["gte"] = from, ["lte"] = to });
                }
                return Refuse(context, field, value, "a date (ISO 8601 or date math)", explicitField);
            default:
                return null;
        }
    }

    private static JsonObject Keyword(FlowField field, KqlValue value)
    {
        bool mac = field.Name.EndsWith(".mac", StringComparison.Ordinal);
        if (value.HasWildcard)
        {
            return Clauses.Wildcard(field.Name, WildcardPattern.From(mac ? value.Pattern.MapSegments(MacValue.Segment) : value.Pattern), caseInsensitive: false);
        }
        string text = mac && MacValue.TryNormalize(value.Text, out string normalized) ? normalized : value.Text;
        return Clauses.Term(field.Name, text);
    }

    private static JsonObject? Refuse(DslContext context, FlowField field, KqlValue value, string expected, bool explicitField)
    {
        if (!explicitField) return null;
        context.Warn($"'{value.Text}' is not {expected}, which the field '{field.Name}' holds: that part of the query matches nothing.");
        return Clauses.MatchNone();
    }
}
