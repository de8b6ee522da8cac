using System.Text.Json;
using System.Text.Json.Serialization;

namespace PcapSearch.Api;

/// <summary>The API's JSON: camelCase properties, field names as stored (<c>source.ip</c>), enums as kebab-case words (<c>done-with-warnings</c>).</summary>
public static class ApiJson
{
    public static JsonSerializerOptions Options { get; } = Configure(new JsonSerializerOptions(JsonSerializerDefaults.Web));

    public static JsonSerializerOptions Configure(JsonSerializerOptions options)
    {
        options.Converters.Add(new JsonStringEnumConverter(JsonNamingPolicy.KebabCaseLower));
        return options;
    }
}
