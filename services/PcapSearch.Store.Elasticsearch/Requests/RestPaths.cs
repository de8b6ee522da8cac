namespace PcapSearch.Store.Elasticsearch.Requests;

/// <summary>Every path and query string the store sends, in one place (the tests check each parameter against the specification).</summary>
public static class RestPaths
{
    private const string AnyIndices = "allow_no_indices=true&ignore_unavailable=true";

    public static string Search(string indices) => $"/{indices}/_search?{AnyIndices}";

    /// <summary>A search over a point in time: the PIT names the indices, so the path names none.</summary>
    public const string PointInTimeSearch = "/_search";

    public static string OpenPointInTime(string indices, TimeSpan keepAlive) =>
        $"/{indices}/_pit?keep_alive={(long)keepAlive.TotalSeconds}s&ignore_unavailable=true";

    public const string ClosePointInTime = "/_pit";

    public static string Bulk(BulkRefresh refresh) => "/_bulk?refresh=" + Refresh(refresh);

    public static string DeleteByQuery(string indices) => $"/{indices}/_delete_by_query?{AnyIndices}&conflicts=proceed&refresh=true";

    public static string Document(string index, string id) => $"/{index}/_doc/{Uri.EscapeDataString(id)}";

    public static string WriteDocument(string index, string id, BulkRefresh refresh) => Document(index, id) + "?refresh=" + Refresh(refresh);

    public static string SearchOne(string index) => $"/{index}/_search?ignore_unavailable=true";

    public static string IndexTemplate(string name) => "/_index_template/" + name;

    public static string LifecyclePolicy(string name) => "/_ilm/policy/" + name;

    public const string Info = "/";

    private static string Refresh(BulkRefresh refresh) => refresh switch
    {
        BulkRefresh.None => "false",
        BulkRefresh.Immediate => "true",
        _ => "wait_for",
    };
}
