namespace PcapSearch.Flows.Protocols;

/// <summary>
/// The values a parser keeps of one field, in the order first seen. Most flows see one value per field, so the first is
/// held inline and a list is made only for a second: a list per field was two objects per field and flow (HTTP keeps
/// eight fields, DNS five), all allocated on the thread that reads the capture.
/// </summary>
internal struct FewValues<T>
{
    private T _first;
    private List<T>? _more;

    public int Count { get; private set; }

    public readonly T this[int index] => index == 0 ? _first : _more![index - 1];

    public void Add(T value)
    {
        if (Count == 0) _first = value;
        else (_more ??= new List<T>(1)).Add(value);
        Count++;
    }

    public readonly bool Contains(T value)
    {
        for (int i = 0; i < Count; i++)
        {
            if (EqualityComparer<T>.Default.Equals(this[i], value)) return true;
        }
        return false;
    }

    public readonly Enumerator GetEnumerator() => new(this);

    /// <summary>A copy as a list (null when empty), for callers outside the parser.</summary>
    public readonly IReadOnlyList<T>? ToList()
    {
        if (Count == 0) return null;
        var list = new List<T>(Count);
        for (int i = 0; i < Count; i++) list.Add(this[i]);
        return list;
    }

    public struct Enumerator(FewValues<T> values)
    {
        private int _index = -1;

        public readonly T Current => values[_index];

        public bool MoveNext() => ++_index < values.Count;
    }
}

internal static class FewTexts
{
    /// <summary>One value as a text, several as an array (ECS keyword fields take either).</summary>
    public static void OneOrMany(this EcsWriter ecs, ReadOnlySpan<byte> name, in FewValues<string> values)
    {
        if (values.Count == 1)
        {
            ecs.Text(name, values[0]);
            return;
        }
        ecs.StartArray(name);
        for (int i = 0; i < values.Count; i++) ecs.Text(values[i]);
        ecs.EndArray();
    }
}
