using PcapSearch.Query;

namespace PcapSearch.Store.Sql;

/// <summary><c>field:*</c>: the flow has a value (lists: at least one element).</summary>
internal static class ExistsSql
{
    public static string Translate(SqlContext context, KqlExists exists, KqlField? prefix)
    {
        var fields = FieldResolver.Resolve(context, exists.Field, prefix, value: null);
        return SqlContext.AnyOf(fields.Select(f =>
            f.Multi ? $"len({SqlContext.Quote(f.Column)}) > 0" : $"{SqlContext.Quote(f.Column)} IS NOT NULL"));
    }
}
