namespace PcapSearch.Flows;

/// <summary>
/// The open flows by their key: open addressing with linear probing over one array of (hash, flow) slots, at most
/// half full. Every packet looks its flow up here, so the layout is what matters: a lookup reads one 16-byte slot
/// and then the flow it points to (which the packet updates anyway), where a <c>Dictionary</c> reads a bucket, then
/// an entry holding a copy of the 56-byte key. A removal moves the rest of its probe run back, so no tombstones
/// accumulate. Not thread-safe.
/// </summary>
internal sealed class FlowsByKey
{
    private const int SmallestCapacity = 1024;

    private struct Slot
    {
        public Flow? Flow;
        public int Hash;
    }

    private Slot[] _slots;
    private int _shift;

    /// <param name="expectedFlows">Flows likely to be open at once: the table starts large enough for them, since every
    /// doubling of a large table allocates a large array, and the collector answers that with a full collection just
    /// when the heap holds the most flows.</param>
    public FlowsByKey(int expectedFlows)
    {
        int capacity = SmallestCapacity;
        while (capacity < 2L * expectedFlows && capacity < 1 << 30) capacity <<= 1;
        _slots = new Slot[capacity];
        _shift = 32 - int.Log2(capacity);
    }

    public int Count { get; private set; }

    /// <summary>
    /// The slot of <paramref name="key"/>'s open flow; when there is none (<paramref name="exists"/> false) an empty slot
    /// now counted, where the caller stores the new flow before anything else touches the table.
    /// </summary>
    public ref Flow? FindOrAdd(in FlowKey key, out bool exists)
    {
        int hash = key.GetHashCode();
        ref var slot = ref Probe(key, hash);
        exists = slot.Flow != null;
        if (exists) return ref slot.Flow;
        if (2 * (Count + 1) > _slots.Length && _slots.Length < 1 << 30)
        {
            Grow();
            slot = ref Probe(key, hash);
        }
        slot.Hash = hash;
        Count++;
        return ref slot.Flow;
    }

    /// <summary>The slot holding <paramref name="key"/>'s flow, or the empty slot that ends its probe run.</summary>
    private ref Slot Probe(in FlowKey key, int hash)
    {
        int mask = _slots.Length - 1;
        for (int i = Home(hash); ; i = (i + 1) & mask)
        {
            ref var slot = ref _slots[i];
            if (slot.Flow == null || slot.Hash == hash && slot.Flow.Key.Equals(key)) return ref slot;
        }
    }

    /// <summary>Takes <paramref name="flow"/> out; nothing when it is not in the table.</summary>
    public void Remove(Flow flow)
    {
        int hash = flow.Key.GetHashCode();
        int mask = _slots.Length - 1;
        int i = Home(hash);
        while (!ReferenceEquals(_slots[i].Flow, flow))
        {
            if (_slots[i].Flow == null) return;
            i = (i + 1) & mask;
        }
        Count--;
        // Close the gap: a later slot of the run moves back into it when its home is not between the gap and itself.
        for (int j = (i + 1) & mask; _slots[j].Flow != null; j = (j + 1) & mask)
        {
            int home = Home(_slots[j].Hash);
            bool homeBetweenGapAndSlot = i <= j ? i < home && home <= j : i < home || home <= j;
            if (homeBetweenGapAndSlot) continue;
            _slots[i] = _slots[j];
            i = j;
        }
        _slots[i] = default;
    }

    public void Clear()
    {
        Array.Clear(_slots);
        Count = 0;
    }

    /// <summary>The open flows, in no particular order. The table must not change meanwhile.</summary>
    public IEnumerable<Flow> Flows()
    {
        var slots = _slots;
        for (int i = 0; i < slots.Length; i++)
        {
            if (slots[i].Flow is { } flow) yield return flow;
        }
    }

    /// <summary>Fibonacci hashing: the top bits of the hash times 2^32/φ, so keys whose hashes differ only in high bits spread too.</summary>
    private int Home(int hash) => (int)((uint)hash * 2654435769u >> _shift);

    private void Grow()
    {
        var old = _slots;
        _slots = new Slot[old.Length * 2];
        _shift--;
        int mask = _slots.Length - 1;
        foreach (var slot in old)
        {
            if (slot.Flow == null) continue;
            int i = Home(slot.Hash);
            while (_slots[i].Flow != null) i = (i + 1) & mask;
            _slots[i] = slot;
        }
    }
}
