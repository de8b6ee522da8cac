using System.Text.Json.Nodes;
using PcapSearch.Query;
using PcapSearch.Store.Catalog;

namespace PcapSearch.Store.Elasticsearch.Dsl;

/// <summary>One translation in progress: the catalog and the warnings so far.</summary>
public sealed class DslContext(FlowCatalog catalog)
{
    private readonly List<string> _warnings = [];

    public FlowCatalog Catalog { get; } = catalog;

    public IReadOnlyList<string> Warnings => _warnings;

    public void Warn(string warning)
    {
        if (!_warnings.Contains(warning)) _warnings.Add(warning);
    }

    public JsonObject Translate(KqlNode node, KqlField? prefix = null) => node switch
    {
        KqlMatchAll => Clauses.MatchAll(),
        KqlOr or => Clauses.AnyOf(or.Children.Select(c => Translate(c, prefix))),
        KqlAnd and => Clauses.AllOf(and.Children.Select(c => Translate(c, prefix))),
        KqlNot not => Clauses.Not(Translate(not.Child, prefix)),
        KqlNested nested => Nested(nested, prefix),
        KqlMatch match => MatchDsl.Translate(this, match, prefix),
        KqlRange range => RangeDsl.Translate(this, range, prefix),
        KqlExists exists => ExistsDsl.Translate(this, exists, prefix),
        _ => throw new FlowQueryException($"Unsupported query node {node.GetType().Name}."),
    };

    /// <summary><c>path:{ query }</c>: flow documents have no nested objects, so this is only a way to write dotted names.</summary>
    private JsonObject Nested(KqlNested nested, KqlField? prefix)
    {
        if (nested.Path.HasWildcard)
        {
            throw new FlowQueryException($"A nested group needs a field name, not the pattern '{nested.Path.Name}'.");
        }
        return Translate(nested.Query, prefix is null ? nested.Path : prefix.Append(nested.Path));
    }
}
