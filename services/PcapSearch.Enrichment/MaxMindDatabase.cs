using MaxMind.Db;
using PcapSearch.Decoding;

namespace PcapSearch.Enrichment;

/// <summary>
/// One MaxMind DB file, memory-mapped and read with MaxMind.Db's untyped reader, so any layout works: MaxMind's
/// own (GeoLite2/GeoIP2 City, Country, ASN) and the flat one of ip-location-db, whose database types ("city
/// ipv4") GeoIP2's typed readers refuse. ip-location-db ships IPv4 and IPv6 as separate files: an IPv4 tree and
/// a file whose type ends in "ipv6" each cover only their family, and <see cref="Covers"/> says which addresses
/// to ask. Thread-safe.
/// </summary>
public sealed class MaxMindDatabase : IDisposable
{
    private readonly Reader _reader;
    private readonly bool _ipv4Only;
    private readonly bool _ipv6Only;

    private MaxMindDatabase(string path, Reader reader)
    {
        Path = path;
        _reader = reader;
        _ipv4Only = reader.Metadata.IPVersion == 4;
        _ipv6Only = reader.Metadata.DatabaseType.EndsWith("ipv6", StringComparison.OrdinalIgnoreCase);
    }

    public string Path { get; }

    /// <exception cref="EnrichmentDataException">The file is missing, unreadable, or not a MaxMind DB.</exception>
    public static MaxMindDatabase Open(string path)
    {
        if (!File.Exists(path)) throw new EnrichmentDataException($"{path}: no such MaxMind database file");
        try
        {
            return new MaxMindDatabase(path, new Reader(path, FileAccessMode.MemoryMapped));
        }
        catch (Exception e) when (e is InvalidDatabaseException or IOException or UnauthorizedAccessException or ArgumentException)
        {
            throw new EnrichmentDataException($"{path}: not a MaxMind database ({e.Message.Split('\n')[0].TrimEnd('.')})", e);
        }
    }

    /// <summary>Whether the file holds addresses of this family.</summary>
    public bool Covers(IpAddress address) => address.IsIpv4 ? !_ipv6Only : !_ipv4Only;

    /// <summary>The record of the network holding the address, or null when none does (or the file does not cover its family).</summary>
    public MaxMindRecord? Find(IpAddress address)
    {
        if (!Covers(address)) return null;
        var record = _reader.Find<Dictionary<string, object>>(address.ToIPAddress());
        return record is null ? null : new MaxMindRecord(record);
    }

    public void Dispose() => _reader.Dispose();
}
