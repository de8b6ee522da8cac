namespace PcapSearch.Capture;

/// <summary>What a packet block needs from its interface's IDB; one per interface in the current section.</summary>
internal readonly record struct PcapngInterface(LinkType LinkType, uint SnapLength, TimestampScale Scale);
