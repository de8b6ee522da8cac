using System.Globalization;

namespace PcapSearch.Store.Elasticsearch;

/// <summary>
/// The store's indices. Flows go to one index per month of their <c>@timestamp</c>, so a flow's index is as
/// deterministic as its id: a capture delivered again overwrites its documents wherever they are, and old
/// captures ingested today land beside the other flows of their time.
/// </summary>
public sealed record IndexNames(string Prefix)
{
    /// <summary>Every flow index (reads), as the flow template's index pattern.</summary>
    public string Flows => Prefix + "-flows-*";

    public string Captures => Prefix + "-captures";

    public string FlowTemplate => Prefix + "-flows";

    public string CaptureTemplate => Prefix + "-captures";

    public string FlowPolicy => Prefix + "-flows";

    public string FlowIndex(long timestampNs)
    {
        var time = DateTime.UnixEpoch.AddTicks(timestampNs / 100);
        return Prefix + "-flows-" + time.ToString("yyyy.MM", CultureInfo.InvariantCulture);
    }
}
