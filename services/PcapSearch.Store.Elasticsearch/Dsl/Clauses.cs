using System.Text.Json.Nodes;

namespace PcapSearch.Store.Elasticsearch.Dsl;

/// <summary>
/// The query DSL clauses the translator and the store build. <c>and</c> is a bool <c>filter</c> (no scoring:
/// hits are sorted by fields), <c>or</c> a bool <c>should</c> with one required match, <c>not</c> a
/// <c>must_not</c>, which keeps documents without the field as Kibana does.
/// </summary>
public static class Clauses
{
    public static JsonObject MatchAll() => new() { ["match_all"] = new JsonObject() };

    public static JsonObject MatchNone() => new() { ["match_none"] = new JsonObject() };

    public static JsonObject AnyOf(IEnumerable<JsonObject> clauses)
    {
        var list = clauses.ToList();
        return list.Count switch
        {
            0 => MatchNone(),
            1 => list[0],
            _ => Bool("should", list, new JsonObject { ["minimum_should_match"] = 1 }),
        };
    }

    public static JsonObject AllOf(IEnumerable<JsonObject> clauses)
    {
        var list = clauses.ToList();
        return list.Count switch
        {
            0 => MatchAll(),
            1 => list[0],
            _ => Bool("filter", list),
        };
    }

    public static JsonObject Not(JsonObject clause) => Bool("must_not", [clause]);

    public static JsonObject Term(string field, JsonNode value) =>
        new() { ["term"] = new JsonObject { [field] = new JsonObject { ["value"] = value } } };

    public static JsonObject Terms(string field, IEnumerable<string> values) =>
        new() { ["terms"] = new JsonObject { [field] = new JsonArray(values.Select(v => (JsonNode)JsonValue.Create(v)).ToArray()) } };

    public static JsonObject Wildcard(string field, string pattern, bool caseInsensitive) =>
        new()
        {
            ["wildcard"] = new JsonObject
            {
                [field] = caseInsensitive
                    ? new JsonObject { ["value"] = pattern, ["case_insensitive"] = true }
                    : new JsonObject { ["value"] = pattern },
            },
        };

    /// <summary>A range clause; <paramref name="bounds"/> maps <c>gte</c>, <c>gt</c>, <c>lt</c>, <c>lte</c> to values.</summary>
    public static JsonObject Range(string field, JsonObject bounds) => new() { ["range"] = new JsonObject { [field] = bounds } };

    public static JsonObject Exists(string field) => new() { ["exists"] = new JsonObject { ["field"] = field } };

    private static JsonObject Bool(string occurrence, List<JsonObject> clauses, JsonObject? extra = null)
    {
        var body = new JsonObject { [occurrence] = new JsonArray(clauses.Select(c => (JsonNode)c).ToArray()) };
        if (extra is not null)
        {
            foreach (var (key, value) in extra.ToList())
            {
                extra.Remove(key);
                body[key] = value;
            }
        }
        return new JsonObject { ["bool"] = body };
    }
}
