using System.Text.Json.Nodes;
using PcapSearch.Query;
using PcapSearch.Store.Catalog;

namespace PcapSearch.Store.Elasticsearch.Dsl;

/// <summary>
/// KQL to Elasticsearch query DSL over the flow index, a pure function of the tree and the catalog, with the
/// same field resolution as the DuckDB translator (catalog names, patterns, Arkime shorthands; a field no
/// document has matches nothing, with a warning). User input only ever becomes a JSON value. Date math is
/// left to Elasticsearch; it is only checked here so that a bad date gets the same warning on both backends.
/// Each node kind has its own file (BooleanDsl, MatchDsl, RangeDsl, ExistsDsl).
/// </summary>
public static class KqlToElasticsearch
{
    public static DslQuery Translate(KqlNode node, FlowCatalog catalog)
    {
        var context = new DslContext(catalog);
        var query = context.Translate(node);
        return new DslQuery(query, context.Warnings);
    }

    public static DslQuery Translate(string kql, FlowCatalog catalog) => Translate(KqlParser.Parse(kql), catalog);
}

/// <summary>A query DSL clause (the value of a search body's <c>query</c>) and the warnings translation gave.</summary>
public sealed record DslQuery(JsonObject Query, IReadOnlyList<string> Warnings);
