namespace PcapSearch.Store.DuckDb;

/// <summary>Runs a piece of work per writer at once and ends when all have ended.</summary>
internal static class AtOnce
{
    /// <summary>
    /// Runs <paramref name="work"/> for 0 to <paramref name="count"/> - 1 at once (0 on this thread, the others each on a
    /// thread of its own: a batch takes about a second, which the thread pool should not wait for); once all have
    /// ended, throws the first failure (this thread's first).
    /// </summary>
    public static void Run(int count, Action<int> work)
    {
        var others = Enumerable.Range(1, count - 1)
            .Select(i => Task.Factory.StartNew(() => work(i), CancellationToken.None, TaskCreationOptions.LongRunning, TaskScheduler.Default))
            .ToArray();
        try
        {
            work(0);
        }
        finally
        {
            Task.WhenAny(Task.WhenAll(others)).GetAwaiter().GetResult(); // waits without throwing: their connections are in use until then
        }
        foreach (var other in others) other.GetAwaiter().GetResult();
    }
}
