using System.Buffers.Binary;
using System.Globalization;
using System.Net;
using System.Runtime.CompilerServices;
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
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public static AsnRanges Load(IEnumerable<string> paths)
    {
        var starts = new List<UInt128>(1 << 19);
        var ends = new List<UInt128>(1 << 19);
        var owners = new List<AutonomousSystem>(1 << 19);
        var systems = new Dictionary<long, List<AutonomousSystem>>();
        foreach (string path in paths)
        {
            if (!File.Exists(path)) throw new EnrichmentDataException($"{path}: no such ASN CSV file");
            int lineNumber = 0;
            foreach (string line in File.ReadLines(path))
            {
                lineNumber++;
                if (line.Length == 0) continue;
                if (!TryParse(line, out var start, out var end, out long number, out var organization))
                {
                    throw new EnrichmentDataException($"{path}:{lineNumber}: not an ASN range (start,end,number,organization)");
                }
                starts.Add(start);
                ends.Add(end);
                owners.Add(Shared(systems, number, organization));
            }
        }
        UInt128[] startArray = [.. starts], endArray = [.. ends];
        AutonomousSystem[] ownerArray = [.. owners];
        if (!IsSorted(startArray))
        {
            var order = Enumerable.Range(0, startArray.Length).ToArray();
            Array.Sort(startArray.ToArray(), order);
            (startArray, endArray, ownerArray) = ([.. order.Select(i => startArray[i])], [.. order.Select(i => endArray[i])], [.. order.Select(i => ownerArray[i])]);
        }
        return new AsnRanges(startArray, endArray, ownerArray);
    }

    /// <summary>Checks that each file exists and starts with an ASN range, without reading the rest (<see cref="Load"/> does, later).</summary>
    /// <exception cref="EnrichmentDataException">A file is missing or is not such a CSV.</exception>
    public static void CheckFormat(IEnumerable<string> paths)
    {
        foreach (string path in paths)
        {
            if (!File.Exists(path)) throw new EnrichmentDataException($"{path}: no such ASN CSV file");
            string? first = File.ReadLines(path).FirstOrDefault(l => l.Length > 0);
            if (first is null || !TryParse(first, out _, out _, out _, out _))
            {
                throw new EnrichmentDataException($"{path}: not an ASN CSV (start,end,number,organization on each line)");
            }
        }
    }

    /// <summary>
    /// One line, read without splitting it into strings (the files have about a million): the addresses and the
    /// number are never quoted; the organization is the rest of the line, quoted when it holds a comma or a quote.
    /// Fully optimised from the first call (these methods run once per process, a million times).
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static bool TryParse(ReadOnlySpan<char> line, out UInt128 start, out UInt128 end, out long number, out ReadOnlySpan<char> organization)
    {
        (start, end, number) = (default, default, 0);
        organization = default;
        int first = line.IndexOf(',');
        if (first < 0 || !TryAddress(line[..first], out start)) return false;
        line = line[(first + 1)..];
        int second = line.IndexOf(',');
        if (second < 0 || !TryAddress(line[..second], out end) || end < start) return false;
        line = line[(second + 1)..];
        int third = line.IndexOf(',');
        if (!long.TryParse(third < 0 ? line : line[..third], NumberStyles.None, CultureInfo.InvariantCulture, out number)) return false;
        organization = third < 0 ? default : line[(third + 1)..];
        if (organization.Length >= 2 && organization[0] == '"' && organization[^1] == '"') organization = organization[1..^1];
        return true;
    }

    /// <summary>One instance per distinct system, so a million ranges hold about a hundred thousand names.</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static AutonomousSystem Shared(Dictionary<long, List<AutonomousSystem>> systems, long number, ReadOnlySpan<char> organization)
    {
        if (!systems.TryGetValue(number, out var known)) systems[number] = known = new List<AutonomousSystem>(1);
        foreach (var system in known)
        {
            if (organization.SequenceEqual(system.OrganizationName)) return system;
        }
        string? name = organization.Length == 0 ? null : organization.Contains("\"\"", StringComparison.Ordinal) ? organization.ToString().Replace("\"\"", "\"") : organization.ToString();
        var created = new AutonomousSystem(number, name);
        known.Add(created);
        return created;
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

    private static bool IsSorted(UInt128[] values)
    {
        for (int i = 1; i < values.Length; i++)
        {
            if (values[i] < values[i - 1]) return false;
        }
        return true;
    }

    /// <summary>An address as <see cref="IpAddress"/> holds it (IPv4 mapped); dotted quads read by hand, as they are most lines.</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static bool TryAddress(ReadOnlySpan<char> text, out UInt128 value)
    {
        value = default;
        if (TryIpv4(text, out uint ipv4))
        {
            value = new UInt128(0, 0x0000_FFFF_0000_0000UL | ipv4);
            return true;
        }
        if (text.IndexOf(':') < 0 || !IPAddress.TryParse(text, out var parsed)) return false;
        Span<byte> bytes = stackalloc byte[16];
        if (!parsed.TryWriteBytes(bytes, out int written) || written != 16) return false;
        value = BinaryPrimitives.ReadUInt128BigEndian(bytes);
        return true;
    }

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static bool TryIpv4(ReadOnlySpan<char> text, out uint value)
    {
        value = 0;
        int octets = 0, octet = -1;
        foreach (char c in text)
        {
            if (c == '.')
            {
                if (octet < 0 || ++octets > 3) return false;
                value = (value << 8) | (uint)octet;
                octet = -1;
            }
            else if (c is >= '0' and <= '9')
            {
                octet = (octet < 0 ? 0 : octet * 10) + (c - '0');
                if (octet > 255) return false;
            }
            else return false;
        }
        if (octet < 0 || octets != 3) return false;
        value = (value << 8) | (uint)octet;
        return true;
    }
}
