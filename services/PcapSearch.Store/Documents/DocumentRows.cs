using PcapSearch.Store.Catalog;
using PcapSearch.Store.Sql;

namespace PcapSearch.Store.Documents;

/// <summary>
/// Flow documents as the catalog's fields, ready to append, for a chunk of rows: each document flattened to dotted
/// ECS names, as Elasticsearch flattens documents. Per field the values of all rows lie in one list (texts for
/// keyword, text and ip fields, and numbers beside the texts of ip fields; longs for long and date fields), with each
/// row's end index. Filled by <see cref="FlowRowWriter"/>; reused from chunk to chunk.
/// </summary>
internal sealed class DocumentRows
{
    private readonly List<string>?[] _texts;
    private readonly List<long>?[] _numbers;
    private readonly List<UInt128>?[] _addresses;
    private readonly List<int>[] _ends;
    private readonly List<byte> _digits = [];

    public DocumentRows(FlowCatalog catalog)
    {
        Fields = [.. catalog.Fields];
        _texts = new List<string>?[Fields.Length];
        _numbers = new List<long>?[Fields.Length];
        _addresses = new List<UInt128>?[Fields.Length];
        _ends = new List<int>[Fields.Length];
        for (int i = 0; i < Fields.Length; i++)
        {
            if (Fields[i].Type is FieldType.Long or FieldType.Date) _numbers[i] = [];
            else _texts[i] = [];
            if (Fields[i].Type == FieldType.Ip) _addresses[i] = [];
            _ends[i] = [];
        }
    }

    /// <summary>The catalog's fields, in column order.</summary>
    public FlowField[] Fields { get; }

    public int Count => _digits.Count;

    /// <summary>The capture's timestamp precision of a row.</summary>
    public byte Digits(int row) => _digits[row];

    /// <summary>The texts of a keyword, text or ip field in a row (empty when the document lacks it).</summary>
    public ReadOnlySpan<string> Texts(int field, int row) =>
        System.Runtime.InteropServices.CollectionsMarshal.AsSpan(_texts[field])[Range(field, row)];

    /// <summary>How many values a field has in a row.</summary>
    public int Length(int field, int row) => _ends[field][row] - (row == 0 ? 0 : _ends[field][row - 1]);

    /// <summary>The numbers of an ip field's addresses in a row (<see cref="IpValue"/>), in the order of its texts.</summary>
    public ReadOnlySpan<UInt128> Addresses(int field, int row) =>
        System.Runtime.InteropServices.CollectionsMarshal.AsSpan(_addresses[field])[Range(field, row)];

    /// <summary>The numbers of a long or date field in a row (empty when the document lacks it).</summary>
    public ReadOnlySpan<long> Numbers(int field, int row) =>
        System.Runtime.InteropServices.CollectionsMarshal.AsSpan(_numbers[field])[Range(field, row)];

    public void Clear()
    {
        for (int i = 0; i < Fields.Length; i++)
        {
            _texts[i]?.Clear();
            _numbers[i]?.Clear();
            _addresses[i]?.Clear();
            _ends[i].Clear();
        }
        _digits.Clear();
    }

    /// <summary>Values of the row being read so far, for a field.</summary>
    internal int Pending(int field) => ValueCount(field) - (_digits.Count == 0 ? 0 : _ends[field][^1]);

    internal void Add(int field, string text) => _texts[field]!.Add(text);

    /// <summary>An ip field's value: its text and its number.</summary>
    internal void Add(int field, string text, UInt128 address)
    {
        _texts[field]!.Add(text);
        _addresses[field]!.Add(address);
    }

    internal bool IsAddress(int field) => _addresses[field] is not null;

    internal void Add(int field, long number) => _numbers[field]!.Add(number);

    internal bool IsNumber(int field) => _numbers[field] is not null;

    internal void EndRow(byte digits)
    {
        for (int i = 0; i < Fields.Length; i++) _ends[i].Add(ValueCount(i));
        _digits.Add(digits);
    }

    private int ValueCount(int field) => _texts[field]?.Count ?? _numbers[field]!.Count;

    private Range Range(int field, int row) => (row == 0 ? 0 : _ends[field][row - 1]).._ends[field][row];
}
