namespace PcapSearch.Enrichment;

/// <summary>
/// A memo of at most about twice <c>capacity</c> entries for one thread: when the current generation is full it
/// becomes the previous one and the oldest is dropped, so what is still asked for survives (a cheap LRU).
/// </summary>
internal sealed class BoundedCache<TKey, TValue>(int capacity) where TKey : notnull
{
    private Dictionary<TKey, TValue> _current = new(capacity);
    private Dictionary<TKey, TValue> _previous = new(capacity);

    public TValue GetOrAdd(TKey key, Func<TKey, TValue> create)
    {
        if (_current.TryGetValue(key, out var value)) return value;
        if (!_previous.TryGetValue(key, out value)) value = create(key);
        if (_current.Count >= capacity)
        {
            (_previous, _current) = (_current, _previous);
            _current.Clear();
        }
        _current[key] = value;
        return value;
    }

    public int Count => _current.Count + _previous.Count;
}
