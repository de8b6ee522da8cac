using System.Text.Json;
using PcapSearch.Store.Elasticsearch.Tests.Specification;

namespace PcapSearch.Store.Elasticsearch.Tests;

/// <summary>The checker itself: it reads the whole specification, accepts the specification's own examples, and refuses what the specification does not declare.</summary>
public sealed class SpecificationTests
{
    private static readonly SpecValidator Validator = SpecValidator.Default;

    private static JsonElement Json(string text) => JsonDocument.Parse(text).RootElement.Clone();

    [Fact]
    public void The_whole_typescript_specification_parses()
    {
        var spec = TypeScriptSpec.Instance;
        Assert.True(spec.Declarations.Count > 3000, $"{spec.Declarations.Count} declarations");
        foreach (string name in new[] { "SearchRequest", "BulkRequest", "BulkResponse", "OpenPointInTimeRequest", "ClosePointInTimeRequest", "DeleteByQueryRequest", "IndicesPutIndexTemplateRequest", "IlmPutLifecycleRequest", "QueryDslQueryContainer", "AggregationsAggregationContainer", "AggregationsAggregate" })
        {
            Assert.True(spec.Declarations.ContainsKey(name), name);
        }
    }

    [Theory]
    [InlineData("SearchRequestExample1", "SearchRequest")]
    [InlineData("SearchRequestExample2", "SearchRequest")]
    [InlineData("ClosePointInTimeRequestExample1", "ClosePointInTimeRequest")]
    [InlineData("IndicesPutIndexTemplateRequestExample1", "IndicesPutIndexTemplateRequest")]
    [InlineData("IndicesPutIndexTemplateRequestExample2", "IndicesPutIndexTemplateRequest")]
    [InlineData("PutLifecycleRequestExample1", "IlmPutLifecycleRequest")]
    public void The_specifications_example_requests_conform(string example, string request) =>
        Assert.Empty(Validator.Validate(SpecExamples.Value(example), Validator.RequestBody(request)));

    [Theory]
    [InlineData("SearchResponseExample1", "SearchResponse")]
    [InlineData("BulkResponseExample1", "BulkResponse")]
    [InlineData("BulkResponseExample2", "BulkResponse")]
    [InlineData("OpenPointInTimeResponseExample1", "OpenPointInTimeResponse")]
    [InlineData("DeleteByQueryResponseExample1", "DeleteByQueryResponse")]
    [InlineData("GetResponseExample1", "GetResponse")]
    // Not listed: BulkResponseExample3 is cut down by filter_path=items.*.error, and RootNodeInfoResponseExample1
    // writes build_hash as 0 where the type says string (the example's placeholder, not a different shape).
    public void The_specifications_example_responses_conform(string example, string response) =>
        Assert.Empty(Validator.Validate(SpecExamples.Value(example), response));

    [Fact]
    public void The_specifications_bulk_example_actions_conform()
    {
        var lines = SpecExamples.Lines("BulkRequestExample1");
        Assert.Empty(Validator.Validate(lines[0], "BulkOperationContainer"));
        Assert.Empty(Validator.Validate(lines[2], "BulkOperationContainer"));
    }

    [Theory]
    [InlineData("""{"query":{"term":{"f":{"value":1}}},"sizee":3}""", "sizee")]
    [InlineData("""{"query":{"terms_typo":{"f":["a"]}}}""", "terms_typo")]
    [InlineData("""{"query":{"term":{"f":{"value":1,"boots":2}}}}""", "union")]
    [InlineData("""{"sort":[{"f":{"order":"up"}}]}""", "union")]
    [InlineData("""{"aggs":{"a":{"terms":{"field":"f","size":"ten"}}}}""", "expected")]
    [InlineData("""{"aggs":{"a":{"date_histogram":{"field":"f","fixed_interval":"1m","extended_bounds":{"min":1,"maxx":2}}}}}""", "maxx")]
    [InlineData("""{"track_total_hits":"yes"}""", "union")]
    public void Bodies_the_specification_does_not_declare_are_refused(string body, string expected)
    {
        var errors = Validator.Validate(Json(body), Validator.RequestBody("SearchRequest"));
        Assert.NotEmpty(errors);
        Assert.Contains(errors, e => e.Contains(expected, StringComparison.Ordinal));
    }

    [Fact]
    public void Required_properties_are_required() =>
        Assert.Contains(Validator.Validate(Json("""{"errors":false}"""), "BulkResponse"), e => e.Contains("'items'", StringComparison.Ordinal));
}
