namespace PcapSearch.Decoding.Reassembly;

/// <summary>What identifies the pieces of one datagram (RFC 791 / RFC 8200), plus the IP version.</summary>
internal readonly record struct FragmentKey(IpAddress Source, IpAddress Destination, uint Id, byte Protocol, byte Version);
