using System.Text.Json;

namespace PcapSearch.Flows.Protocols;

/// <summary>How parsers write multi-valued ECS keyword fields.</summary>
internal static class EcsJson
{
    /// <summary>One value as a string, several as an array (ECS keyword fields take either).</summary>
    public static void WriteOneOrMany(Utf8JsonWriter json, ReadOnlySpan<byte> name, IReadOnlyList<string> values)
    {
        if (values.Count == 1)
        {
            json.WriteString(name, values[0]);
            return;
        }
        json.WriteStartArray(name);
        foreach (var value in values) json.WriteStringValue(value);
        json.WriteEndArray();
    }
}
