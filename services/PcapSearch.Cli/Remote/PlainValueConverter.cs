using System.Text.Json;
using System.Text.Json.Serialization;

namespace PcapSearch.Cli.Remote;

/// <summary>
/// Reads the API's untyped values (a hit's fields, a facet's value, a statistic's range) back into what the
/// store hands out: string, long, or arrays of those, so a verb prints the same whichever answered it.
/// </summary>
public sealed class PlainValueConverter : JsonConverter<object>
{
    public override object? Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        using var document = JsonDocument.ParseValue(ref reader);
        return Plain(document.RootElement);
    }

    public override void Write(Utf8JsonWriter writer, object value, JsonSerializerOptions options) =>
        JsonSerializer.Serialize(writer, value, value.GetType(), options);

    public static object? Plain(JsonElement element) => element.ValueKind switch
    {
        JsonValueKind.String => element.GetString(),
        JsonValueKind.Number => element.TryGetInt64(out long l) ? l : element.GetDouble(),
        JsonValueKind.True => true,
        JsonValueKind.False => false,
        JsonValueKind.Array => Array(element),
        JsonValueKind.Null => null,
        _ => element.Clone(),
    };

    private static object Array(JsonElement element)
    {
        var items = element.EnumerateArray().Select(Plain).ToList();
        if (items.All(i => i is string)) return items.Cast<string>().ToArray();
        if (items.All(i => i is long)) return items.Cast<long>().ToArray();
        return items.ToArray();
    }
}
