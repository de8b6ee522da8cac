using System.Reflection;
using System.Text.Json;
using PcapSearch.Store.Elasticsearch.Requests;
using System.Text.Json.Nodes;

namespace PcapSearch.Store.Elasticsearch;

/// <summary>
/// Puts the deploy/elasticsearch files (embedded at build time, the one source of them) into the cluster:
/// the ILM policy, then the composable index templates, renamed for the configured prefix. Idempotent (PUT
/// replaces). OpenSearch has no ILM (it has ISM): there the policy and the template's lifecycle setting are left out.
/// </summary>
internal static class TemplateInstaller
{
    public static void Install(ElasticsearchTransport transport, IndexNames names)
    {
        bool openSearch = IsOpenSearch(transport.Json(HttpMethod.Get, RestPaths.Info));
        foreach (var (method, path, body) in Requests(names, openSearch))
        {
            transport.Json(method, path, body);
        }
    }

    /// <summary>True when the root endpoint's answer names the OpenSearch distribution (Elasticsearch names none).</summary>
    public static bool IsOpenSearch(JsonElement info) =>
        info.TryGetProperty("version", out var version)
        && version.TryGetProperty("distribution", out var distribution)
        && distribution.GetString() == "opensearch";

    /// <summary>The installation requests, in order: (method, path, body).</summary>
    public static IEnumerable<(HttpMethod Method, string Path, JsonObject Body)> Requests(IndexNames names, bool openSearch)
    {
        if (!openSearch) yield return (HttpMethod.Put, RestPaths.LifecyclePolicy(names.FlowPolicy), Resource("flows.ilm-policy.json"));
        yield return (HttpMethod.Put, RestPaths.IndexTemplate(names.FlowTemplate), FlowTemplate(names, openSearch));
        yield return (HttpMethod.Put, RestPaths.IndexTemplate(names.CaptureTemplate), CaptureTemplate(names));
    }

    public static JsonObject FlowTemplate(IndexNames names, bool openSearch = false)
    {
        var template = Resource("flows.index-template.json");
        template["index_patterns"] = new JsonArray(names.Flows);
        var index = template["template"]!["settings"]!["index"]!.AsObject();
        if (openSearch) index.Remove("lifecycle");
        else index["lifecycle"] = new JsonObject { ["name"] = names.FlowPolicy };
        return template;
    }

    public static JsonObject CaptureTemplate(IndexNames names)
    {
        var template = Resource("captures.index-template.json");
        template["index_patterns"] = new JsonArray(names.Captures);
        return template;
    }

    public static JsonObject Resource(string name)
    {
        using var stream = Assembly.GetExecutingAssembly().GetManifestResourceStream("deploy/elasticsearch/" + name)
                           ?? throw new InvalidOperationException($"deploy/elasticsearch/{name} was not embedded.");
        return JsonNode.Parse(stream)!.AsObject();
    }
}
