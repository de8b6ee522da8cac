using PcapSearch.Store.Catalog;
using PcapSearch.Store.Sql;

namespace PcapSearch.Store.DuckDb;

/// <summary>
/// The flow table's shape: one column per catalog field named by its ECS name; ip fields add a
/// <c>"name#text"</c> column with the address text; <c>"_digits"</c> keeps the capture's timestamp precision, <c>"_batch"</c> the write that stored the row.
/// </summary>
internal static class FlowTable
{
    public const string Name = "flows";
    /// <summary>Temporary (in memory, not logged): a batch that repeats an id is staged here, then inserted one row per id.</summary>
    public const string Staging = "flows_batch";
    /// <summary>Temporary: the ids of a batch whose stored rows it replaces.</summary>
    public const string Ids = "flows_batch_ids";
    public const string DigitsColumn = "_digits";
    /// <summary>The write that stored the row (one number per appended batch, rising): the summary folds in rows above its mark.</summary>
    public const string BatchColumn = "_batch";

    /// <summary>The table's columns in order (the appender writes them by position): name and SQL type.</summary>
    public static IEnumerable<(string Name, string SqlType)> Columns(FlowCatalog catalog)
    {
        foreach (var field in catalog.Fields)
        {
            yield return (field.Column, field.SqlType);
            if (field.Type == FieldType.Ip) yield return (field.TextColumn, field.Multi ? "VARCHAR[]" : "VARCHAR");
        }
        yield return (DigitsColumn, "UTINYINT");
        yield return (BatchColumn, "BIGINT");
    }

    public static string CreateSql(FlowCatalog catalog, string table, bool temporary = false) =>
        (temporary ? $"CREATE TEMP TABLE IF NOT EXISTS {table} (" : $"CREATE TABLE IF NOT EXISTS {table} (") +
        string.Join(", ", Columns(catalog).Select(c => $"{SqlContext.Quote(c.Name)} {c.SqlType}")) + ")";

    /// <summary>
    /// Statements that bring a flow table written by an earlier version (<paramref name="stored"/>: its columns in order)
    /// to the catalog's columns in the catalog's order, keeping every row: columns it lacks are NULL (its rows' batch 0),
    /// columns the catalog no longer has are dropped. None when it already has them.
    /// </summary>
    public static IReadOnlyList<string> UpgradeSql(FlowCatalog catalog, IReadOnlyList<string> stored)
    {
        var columns = Columns(catalog).Select(c => c.Name).ToList();
        if (columns.SequenceEqual(stored, StringComparer.Ordinal)) return [];
        var kept = new HashSet<string>(stored, StringComparer.Ordinal);
        string select = string.Join(", ", columns.Where(c => kept.Contains(c) || c == BatchColumn)
            .Select(c => kept.Contains(c) ? SqlContext.Quote(c) : $"0 AS {SqlContext.Quote(c)}"));
        return
        [
            $"ALTER TABLE {Name} RENAME TO {Name}_upgrading",
            CreateSql(catalog, Name),
            $"INSERT INTO {Name} BY NAME SELECT {select} FROM {Name}_upgrading",
            $"DROP TABLE {Name}_upgrading",
        ];
    }
}
