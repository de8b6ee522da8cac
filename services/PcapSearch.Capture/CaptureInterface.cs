namespace PcapSearch.Capture;

/// <summary>
/// An interface a capture declares: the pcap file header, or a pcapng IDB. <see cref="Section"/>
/// counts pcapng sections from 0; interface ids restart in every section.
/// </summary>
public sealed record CaptureInterface(
    int Section,
    int Id,
    LinkType LinkType,
    int SnapLength,
    byte TimestampDigits,
    long TimestampOffsetSeconds,
    string? Name);
