using System.Text.Json;

namespace PcapSearch.Store.Elasticsearch.Tests.Specification;

/// <summary>The specification's example requests and responses (examples/*.json, written by fetch.py from the YAML).</summary>
public static class SpecExamples
{
    public static JsonElement Value(string name)
    {
        using var document = JsonDocument.Parse(File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "Specification", "examples", name + ".json")));
        var value = document.RootElement.GetProperty("value");
        return value.ValueKind == JsonValueKind.String ? JsonDocument.Parse(value.GetString()!).RootElement.Clone() : value.Clone();
    }

    /// <summary>An NDJSON example (a _bulk body), one element per line.</summary>
    public static List<JsonElement> Lines(string name)
    {
        using var document = JsonDocument.Parse(File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "Specification", "examples", name + ".json")));
        return document.RootElement.GetProperty("value").GetString()!
            .Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
            .Select(line => JsonDocument.Parse(line).RootElement.Clone())
            .ToList();
    }
}
