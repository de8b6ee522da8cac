using System.Text.Json;
using PcapSearch.Flows;
using PcapSearch.Flows.Documents;
using PcapSearch.Flows.Engine;

namespace PcapSearch.Store.Tests;

/// <summary>
/// The test oracle of the store's write path: a flow document flattened to dotted ECS names in the
/// plainest way, each with its values (strings and longs; arrays and arrays of objects contribute one
/// value per element, as Elasticsearch flattens them), from the very JSON
/// <see cref="FlowDocumentWriter"/> writes. The store's own reader (Documents/DocumentRows.cs) must
/// store exactly these values.
/// </summary>
public sealed class FlatDocument
{
    private readonly Dictionary<string, List<object>> _values = new(StringComparer.Ordinal);

    private FlatDocument(Flow flow) => Flow = flow;

    public Flow Flow { get; }

    public IReadOnlyCollection<string> Names => _values.Keys;

    public IReadOnlyList<object>? Values(string name) => _values.GetValueOrDefault(name);

    /// <summary>The documents of a batch of one capture's flows, in order.</summary>
    public static List<FlatDocument> Build(CaptureSource capture, IReadOnlyList<Flow> flows, int start, int count)
    {
        using var buffer = new MemoryStream();
        using (var writer = new FlowDocumentWriter(buffer, capture))
        {
            for (int i = start; i < start + count; i++) writer.Write(flows[i]);
        }
        var bytes = buffer.GetBuffer().AsSpan(0, (int)buffer.Length);
        var documents = new List<FlatDocument>(count);
        int index = start;
        while (bytes.Length > 0)
        {
            int end = bytes.IndexOf((byte)'\n');
            var line = end < 0 ? bytes : bytes[..end];
            bytes = end < 0 ? [] : bytes[(end + 1)..];
            if (line.IsEmpty) continue;
            var document = new FlatDocument(flows[index++]);
            document.Read(line);
            documents.Add(document);
        }
        return documents;
    }

    private void Read(ReadOnlySpan<byte> json)
    {
        var reader = new Utf8JsonReader(json);
        var stack = new Stack<string>();
        string? pending = null;
        while (reader.Read())
        {
            switch (reader.TokenType)
            {
                case JsonTokenType.PropertyName:
                    string name = reader.GetString()!;
                    pending = stack.Count == 0 || stack.Peek().Length == 0 ? name : stack.Peek() + "." + name;
                    break;
                case JsonTokenType.StartObject:
                case JsonTokenType.StartArray:
                    stack.Push(pending ?? (stack.Count == 0 ? "" : stack.Peek()));
                    pending = null;
                    break;
                case JsonTokenType.EndObject:
                case JsonTokenType.EndArray:
                    stack.Pop();
                    break;
                case JsonTokenType.String:
                    Add(pending ?? stack.Peek(), reader.GetString()!);
                    pending = null;
                    break;
                case JsonTokenType.Number:
                    Add(pending ?? stack.Peek(), reader.TryGetInt64(out long number) ? number : reader.GetDouble());
                    pending = null;
                    break;
                case JsonTokenType.True:
                case JsonTokenType.False:
                    Add(pending ?? stack.Peek(), reader.TokenType == JsonTokenType.True ? "true" : "false");
                    pending = null;
                    break;
                case JsonTokenType.Null:
                    pending = null;
                    break;
            }
        }
    }

    private void Add(string name, object value)
    {
        if (!_values.TryGetValue(name, out var list)) _values[name] = list = [];
        list.Add(value);
    }
}
