using System.Buffers;
using System.Numerics;

namespace PcapSearch.Decoding.Reassembly;

/// <summary>
/// The pieces of one datagram so far. Coverage is a bitmap of 8-byte blocks (fragment offsets are
/// multiples of 8); a block already covered keeps its first copy. The payload buffer comes from the
/// shared array pool and grows with the highest byte seen.
/// </summary>
internal sealed class PendingDatagram
{
    private const int MinBuffer = 2048;

    private readonly ulong[] _blocks;
    private readonly int _maxBytes;
    private byte[] _buffer = [];
    private int _highWater;

    public PendingDatagram(int maxBytes)
    {
        _maxBytes = maxBytes;
        _blocks = new ulong[(maxBytes / 8 + 1 + 63) / 64];
    }

    public FragmentKey Key { get; private set; }
    public long FirstSeenNs { get; private set; }
    public int Frames { get; private set; }
    public long FrameBytes { get; private set; }
    /// <summary>Payload bytes stored, counted against the table's byte cap.</summary>
    public int HeldBytes { get; private set; }
    /// <summary>Payload length, known once the last fragment arrived; -1 before.</summary>
    public int TotalLength { get; private set; }
    /// <summary>Offset of the first byte some fragment had on the wire but not in the capture.</summary>
    public int FirstUncaptured { get; private set; }

    /// <summary>Neighbours in the table's arrival-order list (oldest first).</summary>
    public PendingDatagram? Older;
    public PendingDatagram? Newer;

    public void Start(in FragmentKey key, long timestampNs)
    {
        Key = key;
        FirstSeenNs = timestampNs;
        Frames = 0;
        FrameBytes = 0;
        HeldBytes = 0;
        TotalLength = -1;
        FirstUncaptured = int.MaxValue;
        Older = null;
        Newer = null;
        Array.Clear(_blocks);
    }

    public void ReleaseBuffer()
    {
        if (_buffer.Length > 0) ArrayPool<byte>.Shared.Return(_buffer);
        _buffer = [];
        _highWater = 0;
    }

    public ReadOnlySpan<byte> Payload => _buffer.AsSpan(0, Math.Min(Math.Min(TotalLength, FirstUncaptured), _highWater));

    /// <summary>Stores what the fragment adds; returns the bytes stored and whether it overlapped earlier pieces.</summary>
    public int Add(in Fragment fragment, out bool overlap)
    {
        Frames++;
        FrameBytes += fragment.FrameLength;
        overlap = false;

        int start = fragment.Offset;
        int end = start + fragment.WireLength;
        if (fragment.IsLast)
        {
            if (TotalLength < 0) TotalLength = end;
            else overlap |= TotalLength != end;
        }
        bool reachesEnd = fragment.IsLast;
        if (TotalLength >= 0 && end >= TotalLength)
        {
            overlap |= end > TotalLength;
            end = TotalLength;
            reachesEnd = true;
        }
        int capturedEnd = Math.Min(end, start + fragment.Captured.Length);
        if (capturedEnd < end) FirstUncaptured = Math.Min(FirstUncaptured, capturedEnd);
        if (end <= start) return 0;

        int firstBlock = start >> 3;
        int endBlock = reachesEnd ? (end + 7) >> 3 : end >> 3;
        int stored = 0;
        int runStart = -1;
        for (int block = firstBlock; block <= endBlock; block++)
        {
            bool free = block < endBlock && !IsCovered(block);
            if (free)
            {
                _blocks[block >> 6] |= 1UL << block;
                if (runStart < 0) runStart = block;
                continue;
            }
            if (block < endBlock) overlap = true;
            if (runStart >= 0)
            {
                stored += Copy(fragment.Captured, start, runStart * 8, Math.Min(block * 8, end), capturedEnd);
                runStart = -1;
            }
        }
        HeldBytes += stored;
        return stored;
    }

    public bool IsComplete
    {
        get
        {
            if (TotalLength < 0) return false;
            int blocks = (TotalLength + 7) >> 3;
            int fullWords = blocks >> 6;
            for (int i = 0; i < fullWords; i++)
                if (_blocks[i] != ulong.MaxValue) return false;
            int rest = blocks & 63;
            return rest == 0 || BitOperations.PopCount(_blocks[fullWords] & ((1UL << rest) - 1)) == rest;
        }
    }

    private bool IsCovered(int block) => (_blocks[block >> 6] & (1UL << block)) != 0;

    private int Copy(ReadOnlySpan<byte> captured, int fragmentStart, int from, int to, int capturedEnd)
    {
        to = Math.Min(to, capturedEnd);
        if (to <= from) return 0;
        EnsureCapacity(to);
        captured.Slice(from - fragmentStart, to - from).CopyTo(_buffer.AsSpan(from));
        _highWater = Math.Max(_highWater, to);
        return to - from;
    }

    private void EnsureCapacity(int length)
    {
        if (_buffer.Length >= length) return;
        int size = Math.Max(length, Math.Min(Math.Max(MinBuffer, _buffer.Length * 2), _maxBytes));
        byte[] larger = ArrayPool<byte>.Shared.Rent(size);
        _buffer.AsSpan(0, _highWater).CopyTo(larger);
        if (_buffer.Length > 0) ArrayPool<byte>.Shared.Return(_buffer);
        _buffer = larger;
    }
}
