using System.Text;
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

    public static string CreateSql(FlowCatalog catalog, string table, bool temporary = false)
    {
        var sb = new StringBuilder(temporary ? $"CREATE TEMP TABLE IF NOT EXISTS {table} (" : $"CREATE TABLE IF NOT EXISTS {table} (");
        foreach (var field in catalog.Fields)
        {
            sb.Append(SqlContext.Quote(field.Column)).Append(' ').Append(field.SqlType).Append(", ");
            if (field.Type == FieldType.Ip) sb.Append(SqlContext.Quote(field.TextColumn)).Append(field.Multi ? " VARCHAR[], " : " VARCHAR, ");
        }
        sb.Append(SqlContext.Quote(DigitsColumn)).Append(" UTINYINT, ");
        sb.Append(SqlContext.Quote(BatchColumn)).Append(" BIGINT)");
        return sb.ToString();
    }
}
