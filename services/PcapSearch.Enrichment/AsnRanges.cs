using System.Globalization;
using System.Net;
using PcapSearch.Decoding;
using PcapSearch.Flows.Enrichment;

namespace PcapSearch.Enrichment;

/// <summary>
/// Autonomous systems by address from CSV range files in ip-location-db's layout (<c>ip_range_start,
/// ip_range_end,autonomous_system_number,autonomous_system_organization</c>, inclusive ranges, addresses as text;
/// one file for IPv4, one for IPv6, or both mixed). Held as sorted, non-overlapping ranges of 128-bit numbers
/// (IPv4 in <see cref="IpAddress"/>'s mapped form) and found by binary search. Thread-safe once loaded.
/// </summary>
public sealed class AsnRanges
{
    private readonly UInt128[] _starts;
    private readonly UInt128[] _ends;
    private readonly AutonomousSystem[] _systems;

    private AsnRanges(UInt128[] starts, UInt128[] ends, AutonomousSystem[] systems)
    {
        (_starts, _ends, _systems) = (starts, ends, systems);
    }

    public int Count => _starts.Length;

    /// <exception cref="EnrichmentDataException">A file is missing or a line is not such a range.</exception>
    public static AsnRanges Load(IEnumerable<string> paths)
    {
        var ranges = new List<(UInt128 Start, UInt128 End, AutonomousSystem System)>();
        var systems = new Dictionary<(long, string), AutonomousSystem>();
        foreach (string path in paths)
        {
            if (!File.Exists(path)) throw new EnrichmentDataException($"{path}: no such ASN CSV file");
            int lineNumber = 0;
            foreach (string line in File.ReadLines(path))
            {
                lineNumber++;
                if (line.Length == 0) continue;
                var fields = CsvFields.Split(line);
                if (fields.Count < 3 || !TryAddress(fields[0], out var start) || !TryAddress(fields[1], out var end) || end < start
                    || !long.TryParse(fields[2], NumberStyles.None, CultureInfo.InvariantCulture, out long number))
                {
                    throw new EnrichmentDataException($"{path}:{lineNumber}: not an ASN range (start,end,number,organization)");
                }
                string organization = fields.Count > 3 ? fields[3] : "";
                if (!systems.TryGetValue((number, organization), out var system))
                {
                    system = new AutonomousSystem(number, organization.Length == 0 ? null : organization);
                    systems[(number, organization)] = system;
                }
                ranges.Add((start, end, system));
            }
        }
        ranges.Sort((a, b) => a.Start.CompareTo(b.Start));
        return new AsnRanges([.. ranges.Select(r => r.Start)], [.. ranges.Select(r => r.End)], [.. ranges.Select(r => r.System)]);
    }

    /// <summary>The system whose range holds the address, or null.</summary>
    public AutonomousSystem? Find(IpAddress address)
    {
        var value = new UInt128(address.High, address.Low);
        // The last range starting at or before the address.
        int low = 0, high = _starts.Length - 1, found = -1;
        while (low <= high)
        {
            int middle = low + ((high - low) >> 1);
            if (_starts[middle] <= value)
            {
                found = middle;
                low = middle + 1;
            }
            else high = middle - 1;
        }
        return found >= 0 && value <= _ends[found] ? _systems[found] : null;
    }

    private static bool TryAddress(string text, out UInt128 value)
    {
        value = default;
        if (!IPAddress.TryParse(text, out var parsed)) return false;
        var address = IpAddress.FromIPAddress(parsed);
        value = new UInt128(address.High, address.Low);
        return true;
    }
}
