namespace PcapSearch.Ingest.Watching;

/// <summary>What one look at a watched folder or bucket did.</summary>
/// <param name="Skipped">Files the ledger says were taken or refused before (a restart takes nothing twice).</param>
/// <param name="Waiting">Files seen but not yet complete (still changing, or looked at once only).</param>
public sealed record WatchScan(int Taken, int Rejected, int Skipped, int Waiting);
