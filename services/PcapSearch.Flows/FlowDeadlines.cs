namespace PcapSearch.Flows;

/// <summary>
/// The open flows filed by when they fall due (idle past their timeout, or past the maximum duration), in buckets
/// one sweep interval wide. A sweep takes out the buckets whose time has come instead of visiting every open flow,
/// so a long-lived flow is visited about once per timeout rather than once per sweep. A flow's due time only moves
/// later as its packets arrive, so it may stay filed early: the table checks each flow it takes out and files again
/// those not due yet. The one change that brings a flow's due time forward (a TCP connection closing) is filed
/// again at once (<see cref="FileEarlier"/>).
/// </summary>
internal sealed class FlowDeadlines(long bucketNs)
{
    private readonly Dictionary<long, List<Flow>> _buckets = new();
    private readonly PriorityQueue<long, long> _bucketsInOrder = new();
    private readonly Stack<List<Flow>> _spareLists = new();

    /// <summary>Files an unfiled flow under <paramref name="dueNs"/>.</summary>
    public void File(Flow flow, long dueNs)
    {
        long bucket = BucketOf(dueNs);
        if (!_buckets.TryGetValue(bucket, out var flows))
        {
            flows = _spareLists.TryPop(out var spare) ? spare : new();
            _buckets.Add(bucket, flows);
            _bucketsInOrder.Enqueue(bucket, bucket);
        }
        flow.DeadlineBucket = bucket;
        flow.DeadlineSlot = flows.Count;
        flows.Add(flow);
    }

    /// <summary>Files a flow again under <paramref name="dueNs"/> when that falls in an earlier bucket than where it is.</summary>
    public void FileEarlier(Flow flow, long dueNs)
    {
        if (flow.DeadlineSlot < 0 || BucketOf(dueNs) >= flow.DeadlineBucket) return;
        Remove(flow);
        File(flow, dueNs);
    }

    /// <summary>Takes a flow out (it ended); nothing when it is not filed.</summary>
    public void Remove(Flow flow)
    {
        int slot = flow.DeadlineSlot;
        if (slot < 0) return;
        var flows = _buckets[flow.DeadlineBucket];
        var last = flows[^1];
        flows[slot] = last;
        last.DeadlineSlot = slot;
        flows.RemoveAt(flows.Count - 1);
        flow.DeadlineSlot = -1;
    }

    /// <summary>Moves into <paramref name="due"/> every flow filed in a bucket that has begun by <paramref name="nowNs"/>: all those due by then, and some not yet.</summary>
    public void TakeDue(long nowNs, List<Flow> due)
    {
        long current = BucketOf(nowNs);
        while (_bucketsInOrder.TryPeek(out long bucket, out _) && bucket <= current)
        {
            _bucketsInOrder.Dequeue();
            _buckets.Remove(bucket, out var flows);
            foreach (var flow in flows!) flow.DeadlineSlot = -1;
            due.AddRange(flows);
            flows.Clear();
            _spareLists.Push(flows);
        }
    }

    private long BucketOf(long ns) => Math.DivRem(ns, bucketNs, out long remainder) - (remainder < 0 ? 1 : 0);
}
