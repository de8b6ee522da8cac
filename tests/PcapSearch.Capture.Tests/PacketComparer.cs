namespace PcapSearch.Capture.Tests;

/// <summary>Compares copied packets by value, including their bytes.</summary>
internal sealed class PacketComparer : IEqualityComparer<Packet>
{
    public static PacketComparer Instance { get; } = new();

    public bool Equals(Packet? x, Packet? y) =>
        x is not null && y is not null && x with { Data = [] } == y with { Data = [] } && x.Data.AsSpan().SequenceEqual(y.Data);

    public int GetHashCode(Packet obj) => HashCode.Combine(obj.FileOffset, obj.TimestampNs);
}
