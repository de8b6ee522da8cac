namespace PcapSearch.Capture;

/// <summary>A name a pcapng Name Resolution Block gives an address; one entry per name.</summary>
public sealed record ResolvedName(string Address, string Name);
