namespace PcapSearch.Api.Hosting;

/// <summary>The built UI (<c>ui/dist</c>) when there is one, and the page served at <c>/</c> when there is not.</summary>
public static class UiFiles
{
    /// <summary>The full path of the directory when it holds an index.html; otherwise null.</summary>
    public static string? Find(string? directory) =>
        directory is { Length: > 0 } && File.Exists(Path.Combine(directory, "index.html")) ? Path.GetFullPath(directory) : null;

    public const string NoUiPage = """
        <!doctype html>
        <html lang="en"><head><meta charset="utf-8"><title>PcapSearch</title></head>
        <body style="font-family: sans-serif; max-width: 40em; margin: 3em auto">
        <h1>PcapSearch</h1>
        <p>The API is running. There is no UI build yet (<code>ui/dist</code> is missing), so this page is all there is to see here.</p>
        <p>The API is described by its OpenAPI document: <a href="/openapi/v1.json">/openapi/v1.json</a>.
        Try <a href="/api/search?limit=10">/api/search?limit=10</a> or <a href="/api/captures">/api/captures</a>.</p>
        </body></html>
        """;
}
