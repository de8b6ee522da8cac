using System.Globalization;
using System.Numerics;
using System.Text;
using DuckDB.NET.Data;
using PcapSearch.Store.Catalog;
using PcapSearch.Store.Documents;
using PcapSearch.Store.Sql;

namespace PcapSearch.Store.DuckDb;

/// <summary>
/// The flow table's shape: one column per catalog field named by its ECS name; ip fields add a
/// <c>"name#text"</c> column with the address text; <c>"_digits"</c> keeps the capture's timestamp precision.
/// </summary>
internal static class FlowTable
{
    public const string Name = "flows";
    public const string Staging = "flows_staging";
    public const string DigitsColumn = "_digits";

    public static string CreateSql(FlowCatalog catalog, string table)
    {
        var sb = new StringBuilder($"CREATE TABLE IF NOT EXISTS {table} (");
        foreach (var field in catalog.Fields)
        {
            sb.Append(SqlContext.Quote(field.Column)).Append(' ').Append(field.SqlType).Append(", ");
            if (field.Type == FieldType.Ip) sb.Append(SqlContext.Quote(field.TextColumn)).Append(field.Multi ? " VARCHAR[], " : " VARCHAR, ");
        }
        sb.Append(SqlContext.Quote(DigitsColumn)).Append(" UTINYINT)");
        return sb.ToString();
    }

    /// <summary>Appends one document as a row, columns in <see cref="CreateSql"/> order.</summary>
    public static void Append(DuckDBAppender appender, FlowCatalog catalog, FlatDocument document)
    {
        var row = appender.CreateRow();
        foreach (var field in catalog.Fields)
        {
            var values = document.Values(field.Name);
            bool empty = values is null || values.Count == 0;
            switch (field.Type)
            {
                case FieldType.Keyword or FieldType.Text:
                    if (empty) row.AppendNullValue();
                    else if (field.Multi) row.AppendValue(values!.Select(Text).ToList());
                    else row.AppendValue(Text(values![0]));
                    break;
                case FieldType.Long or FieldType.Date:
                    if (empty) row.AppendNullValue();
                    else if (field.Multi) row.AppendValue(values!.Select(v => Number(field, v)).ToList());
                    else row.AppendValue((long?)Number(field, values![0]));
                    break;
                case FieldType.Ip:
                    if (empty)
                    {
                        row.AppendNullValue();
                        row.AppendNullValue();
                    }
                    else if (field.Multi)
                    {
                        var texts = values!.Select(Text).ToList();
                        row.AppendValue(texts.Select(t => (BigInteger)Address(field, t)).ToList());
                        row.AppendValue(texts);
                    }
                    else
                    {
                        string text = Text(values![0]);
                        row.AppendValue((UInt128?)Address(field, text));
                        row.AppendValue(text);
                    }
                    break;
            }
        }
        row.AppendValue((byte?)document.Flow.TimestampDigits);
        row.EndRow();
    }

    private static string Text(object value) => value as string ?? Convert.ToString(value, CultureInfo.InvariantCulture)!;

    private static long Number(FlowField field, object value) => value switch
    {
        long l => l,
        double d => (long)d,
        string s when field.Type == FieldType.Date && DateMath.TryParseIso(s, out long ns) => ns,
        string s when long.TryParse(s, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out long l) => l,
        _ => throw new InvalidDataException($"The flow document's field '{field.Name}' holds '{value}', not a {field.Type.ToString().ToLowerInvariant()}."),
    };

    private static UInt128 Address(FlowField field, string text) =>
        IpValue.TryParse(text, out var number)
            ? number
            : throw new InvalidDataException($"The flow document's field '{field.Name}' holds '{text}', not an IP address.");
}
