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
    /// <summary>Temporary (in memory, not logged): a batch that repeats an id is staged here, then inserted one row per id.</summary>
    public const string Staging = "flows_batch";
    /// <summary>Temporary: the ids of a batch whose stored rows it replaces.</summary>
    public const string Ids = "flows_batch_ids";
    public const string DigitsColumn = "_digits";

    public static string CreateSql(FlowCatalog catalog, string table, bool temporary = false)
    {
        var sb = new StringBuilder(temporary ? $"CREATE TEMP TABLE IF NOT EXISTS {table} (" : $"CREATE TABLE IF NOT EXISTS {table} (");
        foreach (var field in catalog.Fields)
        {
            sb.Append(SqlContext.Quote(field.Column)).Append(' ').Append(field.SqlType).Append(", ");
            if (field.Type == FieldType.Ip) sb.Append(SqlContext.Quote(field.TextColumn)).Append(field.Multi ? " VARCHAR[], " : " VARCHAR, ");
        }
        sb.Append(SqlContext.Quote(DigitsColumn)).Append(" UTINYINT)");
        return sb.ToString();
    }

    /// <summary>
    /// Appends one row of <paramref name="rows"/>, columns in <see cref="CreateSql"/> order: a field the document lacks
    /// is NULL (lists too), a single-valued field its first value, a list field all of them; an ip field its number
    /// and its text. The scratch lists are reused for list columns.
    /// </summary>
    public static void Append(DuckDBAppender appender, DocumentRows rows, int r, Scratch scratch)
    {
        var row = appender.CreateRow();
        var fields = rows.Fields;
        for (int i = 0; i < fields.Length; i++)
        {
            var field = fields[i];
            switch (field.Type)
            {
                case FieldType.Keyword or FieldType.Text:
                {
                    var texts = rows.Texts(i, r);
                    if (texts.IsEmpty) row.AppendNullValue();
                    else if (field.Multi) row.AppendValue(scratch.TextList(texts));
                    else row.AppendValue(texts[0]);
                    break;
                }
                case FieldType.Long or FieldType.Date:
                {
                    var numbers = rows.Numbers(i, r);
                    if (numbers.IsEmpty) row.AppendNullValue();
                    else if (field.Multi) row.AppendValue(scratch.NumberList(numbers));
                    else row.AppendValue((long?)numbers[0]);
                    break;
                }
                case FieldType.Ip:
                {
                    var texts = rows.Texts(i, r);
                    if (texts.IsEmpty)
                    {
                        row.AppendNullValue();
                        row.AppendNullValue();
                    }
                    else if (field.Multi)
                    {
                        scratch.Addresses.Clear();
                        foreach (string text in texts) scratch.Addresses.Add(Address(field, text));
                        row.AppendValue(scratch.Addresses);
                        row.AppendValue(scratch.TextList(texts));
                    }
                    else
                    {
                        row.AppendValue((UInt128?)Address(field, texts[0]));
                        row.AppendValue(texts[0]);
                    }
                    break;
                }
            }
        }
        row.AppendValue((byte?)rows.Digits(r));
        row.EndRow();
    }

    /// <summary>Lists handed to the appender for list columns (it copies their values), reused row to row.</summary>
    public sealed class Scratch
    {
        private readonly List<string> _texts = [];
        private readonly List<long> _numbers = [];

        public List<BigInteger> Addresses { get; } = [];

        public List<string> TextList(ReadOnlySpan<string> values)
        {
            _texts.Clear();
            _texts.AddRange(values);
            return _texts;
        }

        public List<long> NumberList(ReadOnlySpan<long> values)
        {
            _numbers.Clear();
            _numbers.AddRange(values);
            return _numbers;
        }
    }

    private static UInt128 Address(FlowField field, string text) =>
        IpValue.TryParse(text, out var number)
            ? number
            : throw new InvalidDataException($"The flow document's field '{field.Name}' holds '{text}', not an IP address.");
}
