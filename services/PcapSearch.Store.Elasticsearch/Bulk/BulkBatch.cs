using System.Text;

namespace PcapSearch.Store.Elasticsearch.Bulk;

/// <summary>
/// The NDJSON body of one <c>_bulk</c> request, built item by item (an <c>index</c> action line, then the
/// document line), with each item's place kept so the items the cluster rejected can be sent again alone.
/// </summary>
public sealed class BulkBatch
{
    private readonly MemoryStream _body = new();
    private readonly List<(string Id, int Start, int Length)> _items = [];

    public int Count => _items.Count;

    public long Bytes => _body.Length;

    public IEnumerable<string> Ids => _items.Select(i => i.Id);

    /// <summary>Adds <c>{"index":{"_index":…,"_id":…}}</c> and the document (one line of JSON, its newline included).</summary>
    public void AddIndex(string index, string id, ReadOnlySpan<byte> documentLine)
    {
        int start = (int)_body.Length;
        WriteAction(index, id);
        _body.Write(documentLine);
        if (documentLine.IsEmpty || documentLine[^1] != (byte)'\n') _body.WriteByte((byte)'\n');
        _items.Add((id, start, (int)_body.Length - start));
    }

    public ReadOnlyMemory<byte> Body => _body.GetBuffer().AsMemory(0, (int)_body.Length);

    /// <summary>A batch of the items at these positions, in order.</summary>
    public BulkBatch Subset(IEnumerable<int> positions)
    {
        var subset = new BulkBatch();
        var buffer = _body.GetBuffer();
        foreach (int p in positions)
        {
            var (id, start, length) = _items[p];
            subset._items.Add((id, (int)subset._body.Length, length));
            subset._body.Write(buffer, start, length);
        }
        return subset;
    }

    public string IdAt(int position) => _items[position].Id;

    public void Clear()
    {
        _body.SetLength(0);
        _items.Clear();
    }

    private void WriteAction(string index, string id)
    {
        using (var json = new System.Text.Json.Utf8JsonWriter(_body))
        {
            json.WriteStartObject();
            json.WriteStartObject("index");
            json.WriteString("_index", index);
            json.WriteString("_id", id);
            json.WriteEndObject();
            json.WriteEndObject();
        }
        _body.WriteByte((byte)'\n');
    }

    public override string ToString() => Encoding.UTF8.GetString(Body.Span);
}
