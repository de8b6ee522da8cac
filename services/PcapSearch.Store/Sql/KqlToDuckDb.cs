using PcapSearch.Query;
using PcapSearch.Store.Catalog;

namespace PcapSearch.Store.Sql;

/// <summary>
/// KQL to a DuckDB WHERE condition over the flow table, a pure function of the tree, the catalog and the
/// clock. Each node kind has its own file (BooleanSql, NestedSql, MatchSql, RangeSql, ExistsSql);
/// fields are resolved by <see cref="FieldResolver"/> (catalog names, patterns, Arkime shorthands).
/// </summary>
public static class KqlToDuckDb
{
    public static SqlPredicate Translate(KqlNode node, FlowCatalog catalog, DateTimeOffset now)
    {
        var context = new SqlContext(catalog, now);
        string sql = context.Translate(node);
        return new SqlPredicate(sql, context.Parameters, context.Warnings);
    }

    public static SqlPredicate Translate(string kql, FlowCatalog catalog, DateTimeOffset now) =>
        Translate(KqlParser.Parse(kql), catalog, now);
}
