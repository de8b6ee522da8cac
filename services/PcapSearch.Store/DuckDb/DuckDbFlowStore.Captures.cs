namespace PcapSearch.Store.DuckDb;

public sealed partial class DuckDbFlowStore
{
    public void UpsertCapture(CaptureRecord capture) => throw new NotImplementedException();

    public CaptureRecord? Capture(string captureId) => throw new NotImplementedException();

    public IReadOnlyList<CaptureRecord> Captures() => throw new NotImplementedException();
}
