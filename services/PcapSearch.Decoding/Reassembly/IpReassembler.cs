namespace PcapSearch.Decoding.Reassembly;

/// <summary>
/// IPv4 and IPv6 fragment reassembly, bounded in datagrams, bytes and capture time (never wall-clock
/// time). A finished datagram's bytes stay valid until the next frame is decoded.
/// </summary>
public sealed class IpReassembler
{
    private readonly ReassemblyOptions _options;
    private readonly long _timeoutNs;
    private readonly Dictionary<FragmentKey, PendingDatagram> _pending = new();
    private readonly Stack<PendingDatagram> _free = new();
    private readonly List<PendingDatagram> _finished = new();
    private PendingDatagram? _oldest;
    private PendingDatagram? _newest;

    public IpReassembler(ReassemblyOptions options)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(options.MaxPendingDatagrams, 1);
        ArgumentOutOfRangeException.ThrowIfLessThan(options.MaxDatagramBytes, 8);
        ArgumentOutOfRangeException.ThrowIfLessThan(options.MaxTotalBytes, 0);
        _options = options;
        _timeoutNs = options.Timeout.Ticks * 100;
    }

    /// <summary>Datagrams waiting for more pieces.</summary>
    public int PendingDatagrams => _pending.Count;

    /// <summary>Fragment payload bytes held for them.</summary>
    public long PendingBytes { get; private set; }

    /// <summary>Datagrams reassembled, dropped by age, and dropped to keep within the caps, since creation.</summary>
    public long Completed { get; private set; }
    public long Expired { get; private set; }
    public long Evicted { get; private set; }

    /// <summary>Called once per frame: frees the previous frame's finished datagrams and drops the expired ones.</summary>
    internal void BeginFrame(long timestampNs)
    {
        foreach (PendingDatagram done in _finished) Recycle(done);
        _finished.Clear();

        long cutoff = timestampNs - _timeoutNs;
        while (_oldest != null && _oldest.FirstSeenNs < cutoff)
        {
            Expired++;
            Drop(_oldest);
        }
    }

    internal FragmentStatus Accept(scoped in FragmentKey key, scoped in Fragment fragment, out Reassembled result)
    {
        result = default;
        if (fragment.WireLength < 0 || fragment.Offset + fragment.WireLength > _options.MaxDatagramBytes)
        {
            result.Anomaly = DecodeAnomaly.FragmentTooLarge;
            return FragmentStatus.Refused;
        }

        if (!_pending.TryGetValue(key, out PendingDatagram? datagram))
        {
            if (_pending.Count >= _options.MaxPendingDatagrams)
            {
                EvictOldest();
                result.Anomaly = DecodeAnomaly.FragmentTableFull;
            }
            datagram = Open(key, fragment.TimestampNs);
        }

        int incoming = Math.Min(fragment.Captured.Length, fragment.WireLength);
        while (PendingBytes + incoming > _options.MaxTotalBytes && _oldest != datagram)
        {
            EvictOldest();
            result.Anomaly = DecodeAnomaly.FragmentTableFull;
        }
        if (PendingBytes + incoming > _options.MaxTotalBytes)
        {
            Evicted++;
            Drop(datagram);
            result.Anomaly = DecodeAnomaly.FragmentTableFull;
            return FragmentStatus.Held;
        }

        PendingBytes += datagram.Add(fragment, out bool overlap);
        if (overlap) result.Anomaly = DecodeAnomaly.FragmentOverlap;
        if (!datagram.IsComplete) return FragmentStatus.Held;

        Unlink(datagram);
        _finished.Add(datagram);
        Completed++;
        result.Captured = datagram.Payload;
        result.WireLength = datagram.TotalLength;
        result.Frames = datagram.Frames;
        result.FrameBytes = datagram.FrameBytes;
        return FragmentStatus.Complete;
    }

    private PendingDatagram Open(in FragmentKey key, long timestampNs)
    {
        PendingDatagram datagram = _free.Count > 0 ? _free.Pop() : new PendingDatagram(_options.MaxDatagramBytes);
        datagram.Start(key, timestampNs);
        _pending.Add(key, datagram);
        datagram.Older = _newest;
        if (_newest != null) _newest.Newer = datagram;
        else _oldest = datagram;
        _newest = datagram;
        return datagram;
    }

    private void EvictOldest()
    {
        Evicted++;
        Drop(_oldest!);
    }

    private void Drop(PendingDatagram datagram)
    {
        Unlink(datagram);
        Recycle(datagram);
    }

    private void Unlink(PendingDatagram datagram)
    {
        _pending.Remove(datagram.Key);
        PendingBytes -= datagram.HeldBytes;
        if (datagram.Older != null) datagram.Older.Newer = datagram.Newer;
        else _oldest = datagram.Newer;
        if (datagram.Newer != null) datagram.Newer.Older = datagram.Older;
        else _newest = datagram.Older;
        datagram.Older = null;
        datagram.Newer = null;
    }

    private void Recycle(PendingDatagram datagram)
    {
        datagram.ReleaseBuffer();
        _free.Push(datagram);
    }
}
