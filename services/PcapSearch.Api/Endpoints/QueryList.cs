using Microsoft.AspNetCore.Http;

namespace PcapSearch.Api.Endpoints;

/// <summary>Query-string values that are lists (<c>fields=a,b&amp;fields=c</c>) and words that name an enum member (<c>ip-port</c>).</summary>
public static class QueryList
{
    /// <summary>Null when nothing was given.</summary>
    public static IReadOnlyList<string>? Split(string[]? values)
    {
        if (values is null) return null;
        var items = values.SelectMany(v => v.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)).ToArray();
        return items.Length == 0 ? null : items;
    }

    /// <summary>Reads <c>ip-port</c>, <c>ip_port</c> or <c>IpPort</c> as <typeparamref name="T"/>.IpPort; a word that names no member is a 400 listing the ones there are.</summary>
    public static T Word<T>(string parameter, string? value, T fallback) where T : struct, Enum
    {
        if (string.IsNullOrEmpty(value)) return fallback;
        string plain = value.Replace("-", "", StringComparison.Ordinal).Replace("_", "", StringComparison.Ordinal);
        if (!plain.All(char.IsAsciiLetter) || !Enum.TryParse<T>(plain, ignoreCase: true, out var parsed))
        {
            var words = Enum.GetNames<T>().Select(n => System.Text.Json.JsonNamingPolicy.KebabCaseLower.ConvertName(n));
            throw new BadHttpRequestException($"{parameter} is one of {string.Join(", ", words)}, not '{value}'.");
        }
        return parsed;
    }
}
