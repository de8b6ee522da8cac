using System.Text.Json.Nodes;
using PcapSearch.Query;
using PcapSearch.Store.Sql;

namespace PcapSearch.Store.Elasticsearch.Dsl;

/// <summary><c>field:*</c>: an <c>exists</c> clause (lists: at least one element, as Elasticsearch indexes arrays).</summary>
internal static class ExistsDsl
{
    public static JsonObject Translate(DslContext context, KqlExists exists, KqlField? prefix) =>
        Clauses.AnyOf(FieldResolver.Resolve(context.Catalog, context.Warn, exists.Field, prefix, value: null)
            .Select(f => Clauses.Exists(f.Name)));
}
