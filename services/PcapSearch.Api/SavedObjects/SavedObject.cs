using System.Text.Json;

namespace PcapSearch.Api.SavedObjects;

/// <summary>What an analyst keeps: a search (query, time range, columns) or a dashboard (panels and their layout).</summary>
public enum SavedObjectType
{
    Search,
    Dashboard,
}

/// <param name="Body">The object's content as the UI writes it: any JSON object; the API keeps it as given.</param>
/// <param name="Created">ISO 8601 UTC.</param>
public sealed record SavedObject(string Id, SavedObjectType Type, string Title, JsonElement Body, string Created, string Updated);

/// <summary>What a client sends to create or replace a saved object.</summary>
public sealed record SavedObjectInput(SavedObjectType Type, string Title, JsonElement Body)
{
    public const int MaxTitleLength = 500;

    /// <summary>Null when the input is acceptable; otherwise why not.</summary>
    public string? Refusal() =>
        string.IsNullOrWhiteSpace(Title) ? "title is required."
        : Title.Length > MaxTitleLength ? $"title is longer than {MaxTitleLength} characters."
        : Body.ValueKind != JsonValueKind.Object ? "body must be a JSON object."
        : null;
}
