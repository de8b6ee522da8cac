using System.Globalization;
using System.Text.Json;
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

/// <summary>
/// Reads JSON objects of flow document fields (the application protocols' part of the document, as
/// <c>FlowDocumentWriter</c> writes it) into the row <see cref="DocumentRows"/> is filling, flattened to dotted names (arrays and arrays of objects give one value per element). Keeps only
/// catalog fields (the others have no column), converts each value for its column (numbers of text fields as invariant text, true and
/// false as text; dates from their ISO text, else whole numbers), and only the first value of a
/// single-valued field (the one stored). One reader per thread; short texts are shared between rows.
/// </summary>
internal sealed class DocumentReader
{
    private const int MaxCachedLength = 20;
    private const int MaxCachedStrings = 16_384;

    private readonly FlowField[] _fields;
    private readonly Dictionary<string, int>.AlternateLookup<ReadOnlySpan<char>> _byName;
    private readonly Dictionary<string, string> _strings = new(StringComparer.Ordinal);
    private readonly Dictionary<string, string>.AlternateLookup<ReadOnlySpan<char>> _stringLookup;
    private char[] _path = new char[128];
    private int[] _depths = new int[16];
    private char[] _chars = new char[256];

    public DocumentReader(FlowCatalog catalog)
    {
        _fields = [.. catalog.Fields];
        var byName = new Dictionary<string, int>(StringComparer.Ordinal);
        for (int i = 0; i < _fields.Length; i++) byName[_fields[i].Name] = i;
        _byName = byName.GetAlternateLookup<ReadOnlySpan<char>>();
        _stringLookup = _strings.GetAlternateLookup<ReadOnlySpan<char>>();
    }

    /// <summary>Reads the fields of one JSON object into the row <paramref name="rows"/> is filling (the caller ends the row).</summary>
    public void ReadFields(ReadOnlySpan<byte> json, DocumentRows rows)
    {
        var reader = new Utf8JsonReader(json);
        int depth = 0;      // entries on the path stack
        int pending = -1;   // length of the pending property's dotted name, -1 when none
        while (reader.Read())
        {
            switch (reader.TokenType)
            {
                case JsonTokenType.PropertyName:
                {
                    int top = depth == 0 ? 0 : _depths[depth - 1];
                    int start = top == 0 ? 0 : top + 1;
                    if (_path.Length < start + reader.ValueSpan.Length) Array.Resize(ref _path, Math.Max(start + reader.ValueSpan.Length, _path.Length * 2));
                    if (top != 0) _path[top] = '.';
                    pending = start + reader.CopyString(_path.AsSpan(start));
                    break;
                }
                case JsonTokenType.StartObject:
                case JsonTokenType.StartArray:
                    if (depth == _depths.Length) Array.Resize(ref _depths, depth * 2);
                    _depths[depth] = pending >= 0 ? pending : depth == 0 ? 0 : _depths[depth - 1];
                    depth++;
                    pending = -1;
                    break;
                case JsonTokenType.EndObject:
                case JsonTokenType.EndArray:
                    depth--;
                    break;
                case JsonTokenType.String:
                case JsonTokenType.Number:
                case JsonTokenType.True:
                case JsonTokenType.False:
                    Add(_path.AsSpan(0, pending >= 0 ? pending : _depths[depth - 1]), ref reader, rows);
                    pending = -1;
                    break;
                case JsonTokenType.Null:
                    pending = -1;
                    break;
            }
        }
    }

    private void Add(ReadOnlySpan<char> name, ref Utf8JsonReader reader, DocumentRows rows)
    {
        if (!_byName.TryGetValue(name, out int index)) return;
        var field = _fields[index];
        if (!field.Multi && rows.Pending(index) > 0) return;
        if (rows.IsAddress(index))
        {
            string text = reader.TokenType == JsonTokenType.String ? ReadString(ref reader) : throw NotA(field, reader.TokenType.ToString());
            rows.Add(index, text, IpValue.TryParse(text, out var address) ? address : throw NotA(field, text));
        }
        else if (!rows.IsNumber(index))
        {
            rows.Add(index, reader.TokenType switch
            {
                JsonTokenType.String => ReadString(ref reader),
                JsonTokenType.Number => reader.TryGetInt64(out long l)
                    ? l.ToString(CultureInfo.InvariantCulture)
                    : reader.GetDouble().ToString(CultureInfo.InvariantCulture),
                JsonTokenType.True => "true",
                _ => "false",
            });
        }
        else
        {
            rows.Add(index, reader.TokenType switch
            {
                JsonTokenType.Number => reader.TryGetInt64(out long l) ? l : (long)reader.GetDouble(),
                JsonTokenType.String => ParseNumber(field, ref reader),
                JsonTokenType.True => throw NotA(field, "true"),
                _ => throw NotA(field, "false"),
            });
        }
    }

    private string ReadString(ref Utf8JsonReader reader)
    {
        if (reader.ValueSpan.Length > MaxCachedLength || reader.HasValueSequence) return reader.GetString()!;
        Span<char> chars = stackalloc char[MaxCachedLength];
        chars = chars[..reader.CopyString(chars)];
        if (_stringLookup.TryGetValue(chars, out var cached)) return cached;
        string text = new(chars);
        if (_strings.Count < MaxCachedStrings) _strings[text] = text;
        return text;
    }

    private long ParseNumber(FlowField field, ref Utf8JsonReader reader)
    {
        if (reader.HasValueSequence) return ParseNumber(field, reader.GetString()!);
        if (_chars.Length < reader.ValueSpan.Length) _chars = new char[reader.ValueSpan.Length];
        var text = _chars.AsSpan(0, reader.CopyString(_chars));
        if (field.Type == FieldType.Date && IsoTimestamp.TryParse(text, out long ns)) return ns;
        return ParseNumber(field, new string(text));
    }

    /// <summary>A date field's value from its ISO text, else a whole number.</summary>
    private static long ParseNumber(FlowField field, string text)
    {
        if (field.Type == FieldType.Date && DateMath.TryParseIso(text, out long ns)) return ns;
        if (long.TryParse(text, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out long l)) return l;
        throw NotA(field, text);
    }

    private static InvalidDataException NotA(FlowField field, string value) =>
        new($"The flow document's field '{field.Name}' holds '{value}', not a {field.Type.ToString().ToLowerInvariant()}.");
}

/// <summary>
/// The exact ISO 8601 UTC form flow documents carry (<c>yyyy-MM-ddTHH:mm:ss[.f{1,9}]Z</c>), read without
/// allocating; anything else is left to <see cref="DateMath.TryParseIso"/>, which gives the same
/// nanoseconds for this form.
/// </summary>
internal static class IsoTimestamp
{
    public static bool TryParse(ReadOnlySpan<char> s, out long ns)
    {
        ns = 0;
        if (s.Length < 20 || s[4] != '-' || s[7] != '-' || s[10] != 'T' || s[13] != ':' || s[16] != ':' || s[^1] != 'Z') return false;
        if (!Digits(s, 0, 4, out int year) || !Digits(s, 5, 2, out int month) || !Digits(s, 8, 2, out int day)
            || !Digits(s, 11, 2, out int hour) || !Digits(s, 14, 2, out int minute) || !Digits(s, 17, 2, out int second)) return false;
        long fraction = 0;
        if (s.Length > 20)
        {
            int digits = s.Length - 21;
            if (s[19] != '.' || digits is < 1 or > 9) return false;
            for (int i = 20; i < 20 + digits; i++)
            {
                int d = s[i] - '0';
                if ((uint)d > 9) return false;
                fraction = fraction * 10 + d;
            }
            for (int i = digits; i < 9; i++) fraction *= 10;
        }
        if (year < 1 || month is < 1 or > 12 || day < 1 || day > DateTime.DaysInMonth(year, month) || hour > 23 || minute > 59 || second > 59) return false;
        long ticks = new DateTime(year, month, day, hour, minute, second, DateTimeKind.Utc).Ticks;
        ns = (ticks - DateTime.UnixEpoch.Ticks) * 100 + fraction;
        return true;
    }

    private static bool Digits(ReadOnlySpan<char> s, int start, int count, out int value)
    {
        value = 0;
        for (int i = start; i < start + count; i++)
        {
            int d = s[i] - '0';
            if ((uint)d > 9) return false;
            value = value * 10 + d;
        }
        return true;
    }
}
