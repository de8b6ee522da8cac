using System.Globalization;
using System.Text;
using PcapSearch.Flows.Protocols;
using PcapSearch.Store.Catalog;
using PcapSearch.Store.Sql;

namespace PcapSearch.Store.Documents;

/// <summary>
/// The application protocols' fields (<see cref="ProtocolParser.WriteEcs(EcsWriter)"/>) taken straight into the row
/// <see cref="DocumentRows"/> is filling, by their dotted ECS names, as Elasticsearch flattens documents (arrays and
/// arrays of objects give one value per element): only catalog fields (the others have no column), each value as its
/// column holds it (a number of a text field as invariant text, an ip field's text with its number), and only the first
/// value of a single-valued field (the one stored). One per writer thread.
/// </summary>
internal sealed class RowEcsWriter : EcsWriter
{
    private readonly FlowField[] _fields;
    private readonly Dictionary<string, int>.AlternateLookup<ReadOnlySpan<char>> _byName;
    private DocumentRows? _rows;
    private char[] _path = new char[128];
    /// <summary>The path's length at each object or array open around the value being written.</summary>
    private int[] _open = new int[16];
    private int _depth;

    public RowEcsWriter(FlowCatalog catalog)
    {
        _fields = [.. catalog.Fields];
        var byName = new Dictionary<string, int>(StringComparer.Ordinal);
        for (int i = 0; i < _fields.Length; i++) byName[_fields[i].Name] = i;
        _byName = byName.GetAlternateLookup<ReadOnlySpan<char>>();
    }

    /// <summary>The row the fields written next go to (the caller ends it).</summary>
    public void Begin(DocumentRows rows)
    {
        _rows = rows;
        _depth = 0;
    }

    public override void StartObject(ReadOnlySpan<byte> name) => Open(Named(name));

    public override void StartObject() => Open(Current);

    public override void EndObject() => _depth--;

    public override void StartArray(ReadOnlySpan<byte> name) => Open(Named(name));

    public override void EndArray() => _depth--;

    public override void Text(ReadOnlySpan<byte> name, string? value)
    {
        if (value is not null) Add(Named(name), value);
    }

    public override void Text(string value) => Add(Current, value);

    public override void Number(ReadOnlySpan<byte> name, long value) => Add(Named(name), value);

    public override void Number(long value) => Add(Current, value);

    private int Current => _depth == 0 ? 0 : _open[_depth - 1];

    private void Open(int pathLength)
    {
        if (_depth == _open.Length) Array.Resize(ref _open, _depth * 2);
        _open[_depth++] = pathLength;
    }

    /// <summary>Puts <paramref name="name"/> (ASCII, as ECS names are) after the open path; returns the dotted name's length.</summary>
    private int Named(ReadOnlySpan<byte> name)
    {
        int parent = Current;
        int start = parent == 0 ? 0 : parent + 1;
        if (_path.Length < start + name.Length) Array.Resize(ref _path, Math.Max(start + name.Length, _path.Length * 2));
        if (parent != 0) _path[parent] = '.';
        return start + Encoding.Latin1.GetChars(name, _path.AsSpan(start));
    }

    private void Add(int pathLength, string text)
    {
        if (!TryField(pathLength, out int index)) return;
        var rows = _rows!;
        var field = _fields[index];
        if (rows.IsAddress(index)) rows.Add(index, text, IpValue.TryParse(text, out var address) ? address : throw NotA(field, text));
        else if (!rows.IsNumber(index)) rows.Add(index, text);
        else if (long.TryParse(text, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out long number)) rows.Add(index, number);
        else throw NotA(field, text);
    }

    private void Add(int pathLength, long number)
    {
        if (!TryField(pathLength, out int index)) return;
        var rows = _rows!;
        if (rows.IsAddress(index)) throw NotA(_fields[index], number.ToString(CultureInfo.InvariantCulture));
        if (rows.IsNumber(index)) rows.Add(index, number);
        else rows.Add(index, number.ToString(CultureInfo.InvariantCulture));
    }

    /// <summary>The catalog field of the dotted name, unless the row already holds the one value of a single-valued field.</summary>
    private bool TryField(int pathLength, out int index) =>
        _byName.TryGetValue(_path.AsSpan(0, pathLength), out index) && (_fields[index].Multi || _rows!.Pending(index) == 0);

    private static InvalidDataException NotA(FlowField field, string value) =>
        new($"The flow document's field '{field.Name}' holds '{value}', not a {field.Type.ToString().ToLowerInvariant()}.");
}
