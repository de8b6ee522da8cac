namespace PcapSearch.Ingest.Indexing;

/// <summary>An <see cref="IProgress{T}"/> that runs its action at once on the reporting thread (the BCL's <see cref="Progress{T}"/> posts it for later, so the last report could arrive after the work ended).</summary>
public sealed class ProgressAction<T>(Action<T> report) : IProgress<T>
{
    public void Report(T value) => report(value);
}
