using System.Text.Json;
using PcapSearch.Store.Catalog;

namespace PcapSearch.Store.Elasticsearch.Requests;

/// <summary>
/// A hit's <c>_source</c> (the nested ECS document) as <see cref="FlowHit"/> values: each catalog field by its dotted
/// path, through arrays of objects (<c>dns.answers[].name</c>); long fields as <see cref="long"/>, the rest as text
/// (dates keep the capture's precision, as written); multi-valued fields as arrays, absent fields left out.
/// </summary>
public static class SourceFields
{
    public static Dictionary<string, object> Read(JsonElement source, IEnumerable<FlowField> fields)
    {
        var values = new Dictionary<string, object>(StringComparer.Ordinal);
        var found = new List<JsonElement>();
        foreach (var field in fields)
        {
            found.Clear();
            Collect(source, field.Name.Split('.'), 0, found);
            if (found.Count == 0) continue;
            if (field.Type == FieldType.Long)
            {
                var numbers = found.Select(e => e.GetInt64()).ToArray();
                values[field.Name] = field.Multi ? numbers : numbers[0];
            }
            else
            {
                var texts = found.Select(Text).ToArray();
                values[field.Name] = field.Multi ? texts : texts[0];
            }
        }
        return values;
    }

    private static string Text(JsonElement e) => e.ValueKind == JsonValueKind.String ? e.GetString()! : e.GetRawText();

    private static void Collect(JsonElement element, string[] path, int at, List<JsonElement> found)
    {
        if (element.ValueKind == JsonValueKind.Array)
        {
            foreach (var item in element.EnumerateArray()) Collect(item, path, at, found);
            return;
        }
        if (at == path.Length)
        {
            if (element.ValueKind is not (JsonValueKind.Null or JsonValueKind.Object or JsonValueKind.Undefined)) found.Add(element);
            return;
        }
        if (element.ValueKind != JsonValueKind.Object) return;
        // ECS allows dotted keys as well as nested objects: try the longest key first.
        for (int end = path.Length; end > at; end--)
        {
            string key = end == at + 1 ? path[at] : string.Join('.', path, at, end - at);
            if (element.TryGetProperty(key, out var child)) Collect(child, path, end, found);
        }
    }
}
