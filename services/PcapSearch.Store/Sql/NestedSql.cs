using PcapSearch.Query;

namespace PcapSearch.Store.Sql;

/// <summary><c>path:{ query }</c>: the query's fields are relative to the path (flow documents have no nested
/// objects, so this is only a way to write dotted names).</summary>
internal static class NestedSql
{
    public static string Translate(SqlContext context, KqlNested nested, KqlField? prefix)
    {
        if (nested.Path.HasWildcard)
        {
            throw new FlowQueryException($"A nested group needs a field name, not the pattern '{nested.Path.Name}'.");
        }
        var path = prefix is null ? nested.Path : prefix.Append(nested.Path);
        return context.Translate(nested.Query, path);
    }
}
