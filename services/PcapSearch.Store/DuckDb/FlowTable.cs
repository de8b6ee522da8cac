using PcapSearch.Flows;
using PcapSearch.Flows.Documents;
using PcapSearch.Store.Catalog;
using PcapSearch.Store.Documents;
using PcapSearch.Store.Sql;

namespace PcapSearch.Store.DuckDb;

/// <summary>
/// The flows as readers see them, the view <see cref="Name"/>: one column per catalog field, named by its ECS name; ip
/// fields add a <c>"name#text"</c> column with the address text; <c>"_digits"</c> keeps the capture's timestamp
/// precision, <c>"_batch"</c> the write that stored the row.
/// <para>
/// The view reads the table <see cref="Stored"/>, which holds only what does not follow from other columns: a constant,
/// <c>event.start</c>, the sums, the network type and the TCP flag names are computed by the view, and only when a query
/// reads them. Every stored column costs DuckDB's insert and compression ~30 ns a row
/// even when NULL, a short list ~160 ns (docs/store.md "Write speed"). (Generated columns would cost more: DuckDB
/// computes them for every inserted row, to check that they can be.)
/// </para>
/// </summary>
internal static class FlowTable
{
    /// <summary>The view every read queries.</summary>
    public const string Name = "flows";
    /// <summary>The table the view reads: writes append to it and delete from it.</summary>
    public const string Stored = "flow_rows";
    /// <summary>Temporary (in memory, not logged): a batch that repeats an id is staged here, then inserted one row per id.</summary>
    public const string Staging = "flows_batch";
    /// <summary>Temporary: the ids of a batch whose stored rows it replaces.</summary>
    public const string Ids = "flows_batch_ids";
    public const string DigitsColumn = "_digits";
    /// <summary>The write that stored the row (one number per appended batch, rising): the summary folds in rows above its mark.</summary>
    public const string BatchColumn = "_batch";

    /// <summary>The stored column of a TCP flags field: the flags' bits (<see cref="TcpFlags"/>), NULL when none was seen.</summary>
    public static string FlagBitsColumn(string field) => field + "#bits";

    /// <summary>SQL true when a flow's TCP flags field (<c>pcap.tcp_flags.*</c>) has <paramref name="flag"/>, read from its stored bits.</summary>
    public static string HasTcpFlag(string field, TcpFlags flag) => $"({SqlContext.Quote(FlagBitsColumn(field))} & {(int)flag}) <> 0";

    private static readonly string[] TcpFlagFields = ["pcap.tcp_flags.source", "pcap.tcp_flags.destination"];

    /// <summary>The view's columns and the table's, in order: rows are inserted into the stored ones by position, in this order.</summary>
    public static IEnumerable<FlowTableColumn> Columns(FlowCatalog catalog)
    {
        for (int index = 0; index < catalog.Fields.Count; index++)
        {
            var field = catalog.Fields[index];
            if (TcpFlagFields.Contains(field.Name))
            {
                yield return new(FlagBitsColumn(field.Name), "UTINYINT", ColumnSource.TcpFlagBits, index, FromEarlier: FlagBitsFrom(field.Name));
                yield return Computed(field, FlagNames(FlagBitsColumn(field.Name)));
            }
            else if (ComputedFields.TryGetValue(field.Name, out string? sql))
            {
                yield return Computed(field, sql);
            }
            else
            {
                yield return new(field.Column, field.SqlType, ColumnSource.Field, index);
            }
            if (field.Type != FieldType.Ip) continue;
            // The text is stored, not computed from the number: reads group and join on it, and making it costs them
            // ~160 ns a row (a facet on source.ip over 10 M flows: 0.84-1.27 s computed, 0.11-0.17 s grouped by number).
            yield return new(field.TextColumn, field.Multi ? "VARCHAR[]" : "VARCHAR", ColumnSource.FieldText, index);
        }
        yield return new(DigitsColumn, "UTINYINT", ColumnSource.Digits, -1);
        yield return new(BatchColumn, "BIGINT", ColumnSource.Batch, -1, FromEarlier: "0");
    }

    /// <summary>The stored columns, in the order rows are inserted (<see cref="FlowChunkWriter"/>).</summary>
    public static FlowTableColumn[] StoredColumns(FlowCatalog catalog) => [.. Columns(catalog).Where(c => c.Computed is null)];

    /// <summary>A table of the stored columns (<see cref="Stored"/>, or the staging table).</summary>
    public static string CreateSql(FlowCatalog catalog, string table, bool temporary = false) =>
        (temporary ? $"CREATE TEMP TABLE IF NOT EXISTS {table} (" : $"CREATE TABLE IF NOT EXISTS {table} (") +
        string.Join(", ", StoredColumns(catalog).Select(c => $"{SqlContext.Quote(c.Name)} {c.SqlType}" + (Uncompressed.Contains(c.Name) ? " USING COMPRESSION uncompressed" : ""))) + ")";

    /// <summary>
    /// Columns stored without compression: texts unique to each flow. DuckDB tries its dictionary and FSST on every
    /// segment of them and gains little: 2 M rows of both inserted in 1.19 s of CPU compressed, 0.21 s uncompressed,
    /// for 16% more bytes (~9 a row).
    /// </summary>
    private static readonly string[] Uncompressed = ["event.id", "network.community_id"];

    /// <summary>The view <see cref="Name"/> over <see cref="Stored"/> (made at every open, so it always has this version's expressions).</summary>
    public static string ViewSql(FlowCatalog catalog) =>
        $"CREATE OR REPLACE VIEW {Name} AS SELECT " +
        string.Join(", ", Columns(catalog).Select(c => c.Computed is null ? SqlContext.Quote(c.Name) : $"CAST({c.Computed} AS {c.SqlType}) AS {SqlContext.Quote(c.Name)}")) +
        $" FROM {Stored}";

    /// <summary>
    /// Statements that bring the rows of a flow table written by an earlier version (<paramref name="earlier"/>, with the
    /// columns <paramref name="columns"/>) to <see cref="Stored"/> in this layout: a stored column it lacks takes
    /// <see cref="FlowTableColumn.FromEarlier"/> (else NULL); columns this layout does not store are left behind (computed
    /// now, or gone from the catalog). Earlier versions stored every column in a table named <see cref="Name"/>.
    /// </summary>
    public static IReadOnlyList<string> UpgradeSql(FlowCatalog catalog, string earlier, IReadOnlyCollection<string> columns)
    {
        var kept = new HashSet<string>(columns, StringComparer.Ordinal);
        string select = string.Join(", ", StoredColumns(catalog).Select(c => kept.Contains(c.Name)
            ? SqlContext.Quote(c.Name)
            : $"{c.FromEarlier ?? "NULL"} AS {SqlContext.Quote(c.Name)}"));
        return
        [
            $"ALTER TABLE {earlier} RENAME TO {Stored}_upgrading",
            CreateSql(catalog, Stored),
            $"INSERT INTO {Stored} BY NAME SELECT {select} FROM {Stored}_upgrading",
            $"DROP TABLE {Stored}_upgrading",
        ];
    }

    private static FlowTableColumn Computed(FlowField field, string sql) => new(field.Column, field.SqlType, ColumnSource.Computed, -1, sql);

    /// <summary>Fields computed from other columns, as <see cref="FlowRowWriter"/> writes them.</summary>
    private static readonly Dictionary<string, string> ComputedFields = new(StringComparer.Ordinal)
    {
        ["event.kind"] = Literal(FlowRowWriter.EventKind),
        ["event.category"] = $"[{Literal(FlowRowWriter.EventCategory)}]",
        ["event.type"] = $"[{Literal(FlowRowWriter.EventType)}]",
        ["event.start"] = SqlContext.Quote("@timestamp"),
        ["network.bytes"] = "\"source.bytes\" + \"destination.bytes\"",
        ["network.packets"] = "\"source.packets\" + \"destination.packets\"",
        ["network.type"] = $"CASE WHEN contains({SqlContext.Quote("source.ip#text")}, ':') " +
            $"THEN {Literal(EcsValues.NetworkType(ipv6: true))} ELSE {Literal(EcsValues.NetworkType(ipv6: false))} END",
    };

    /// <summary><see cref="EcsValues.TcpFlagNames"/> of the stored bits (NULL when none, as the document then lacks the field).</summary>
    private static string FlagNames(string bitsColumn)
    {
        string bits = SqlContext.Quote(bitsColumn);
        return $"CASE WHEN {bits} <> 0 THEN list_concat(" +
            string.Join(", ", FlagsInNameOrder().Select(f => $"CASE WHEN ({bits} & {(int)f.Flag}) <> 0 THEN [{Literal(f.Name)}] ELSE [] END")) +
            ") END";
    }

    /// <summary>The bits of an earlier layout's list of flag names.</summary>
    private static string FlagBitsFrom(string namesColumn)
    {
        string names = SqlContext.Quote(namesColumn);
        return $"CASE WHEN {names} IS NOT NULL THEN (" +
            string.Join(" + ", FlagsInNameOrder().Select(f => $"CASE WHEN list_contains({names}, {Literal(f.Name)}) THEN {(int)f.Flag} ELSE 0 END")) +
            ")::UTINYINT END";
    }

    /// <summary>Each flag with its name, in the order <see cref="EcsValues.TcpFlagNames"/> lists them.</summary>
    public static IEnumerable<(TcpFlags Flag, string Name)> FlagsInNameOrder() =>
        EcsValues.TcpFlagNames((TcpFlags)0xFF)
            .Select(name => (Enumerable.Range(0, 8).Select(bit => (TcpFlags)(1 << bit)).Single(f => EcsValues.TcpFlagNames(f)[0] == name), name));

    private static string Literal(string text) => $"'{text.Replace("'", "''", StringComparison.Ordinal)}'";
}

/// <summary>What fills a stored column of <see cref="FlowTable"/> from a chunk's <see cref="DocumentRows"/>; <see cref="Computed"/> columns are not stored.</summary>
internal enum ColumnSource
{
    /// <summary>The field's values (for ip fields their numbers).</summary>
    Field,
    /// <summary>An ip field's texts.</summary>
    FieldText,
    /// <summary>A TCP flags field's names as <see cref="TcpFlags"/> bits.</summary>
    TcpFlagBits,
    Digits,
    Batch,
    Computed,
}

/// <param name="Field">The catalog index of the field the column holds or stores for (-1: none).</param>
/// <param name="Computed">The SQL the view computes the column with from stored ones; null for a stored column.</param>
/// <param name="FromEarlier">For a stored column an earlier layout lacks: its values from that layout's columns (null: NULL).</param>
internal sealed record FlowTableColumn(string Name, string SqlType, ColumnSource Source, int Field, string? Computed = null, string? FromEarlier = null);
