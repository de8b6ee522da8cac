namespace PcapSearch.Store.DuckDb;

public sealed partial class DuckDbFlowStore
{
    /// <remarks>
    /// Lazy: nothing is read until the first hit is asked for, then one <see cref="Search"/> page at a time, each
    /// resuming after the last hit of the one before (<c>search_after</c>), so memory holds one page. A bad query
    /// throws on that first read.
    /// </remarks>
    public IEnumerable<FlowHit> Export(FlowQuery query)
    {
        ArgumentNullException.ThrowIfNull(query);
        return Pages(query);
    }

    private IEnumerable<FlowHit> Pages(FlowQuery query)
    {
        for (var page = query; ;)
        {
            var hits = Search(page);
            foreach (var hit in hits.Hits) yield return hit;
            if (hits.NextCursor is null) yield break;
            page = page with { After = hits.NextCursor };
        }
    }
}
