namespace PcapSearch.Store.Tests.Contract;

/// <summary>
/// One backend as the contract suite (<see cref="FlowStoreContract{TBackend}"/>) sees it: where it cannot run here,
/// the reason every test reports itself skipped with; otherwise new, empty stores. Disposing the backend removes
/// whatever its stores left behind (files, indices).
/// </summary>
public abstract class FlowStoreBackend : IDisposable
{
    /// <summary>Why the backend cannot run on this machine (no server configured, no Docker engine), or null.</summary>
    public virtual string? SkipReason => null;

    /// <summary>A new store holding nothing; <paramref name="clock"/> is its <c>now</c> for date math.</summary>
    public abstract IFlowStore OpenEmpty(TimeProvider clock);

    public void Dispose()
    {
        Dispose(disposing: true);
        GC.SuppressFinalize(this);
    }

    protected virtual void Dispose(bool disposing)
    {
    }
}
