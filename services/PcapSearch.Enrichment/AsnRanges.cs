using System.Buffers.Binary;
using System.Buffers.Text;
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

    internal AsnRanges(UInt128[] starts, UInt128[] ends, AutonomousSystem[] systems)
    {
        (_starts, _ends, _systems) = (starts, ends, systems);
    }

    public int Count => _starts.Length;

    internal ReadOnlySpan<UInt128> Starts => _starts;
    internal ReadOnlySpan<UInt128> Ends => _ends;
    internal IReadOnlyList<AutonomousSystem> Systems => _systems;

    /// <exception cref="EnrichmentDataException">A file is missing or a line is not such a range.</exception>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public static AsnRanges Load(IEnumerable<string> paths)
    {
        var starts = new List<UInt128>(1 << 19);
        var ends = new List<UInt128>(1 << 19);
        var owners = new List<AutonomousSystem>(1 << 19);
        var systems = new Dictionary<long, List<(byte[] Utf8, AutonomousSystem System)>>();
        foreach (string path in paths)
        {
            if (!File.Exists(path)) throw new EnrichmentDataException($"{path}: no such ASN CSV file");
            ReadOnlySpan<byte> rest = File.ReadAllBytes(path);
            int lineNumber = 0;
            while (!rest.IsEmpty)
            {
                lineNumber++;
                int end = rest.IndexOf((byte)'\n');
                var line = end < 0 ? rest : rest[..end];
                rest = end < 0 ? default : rest[(end + 1)..];
                if (!line.IsEmpty && line[^1] == '\r') line = line[..^1];
                if (line.IsEmpty) continue;
                if (!TryParse(line, out var first, out var last, out long number, out var organization))
                {
                    throw new EnrichmentDataException($"{path}:{lineNumber}: not an ASN range (start,end,number,organization)");
                }
                starts.Add(first);
                ends.Add(last);
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
            if (first is null || !TryParse(System.Text.Encoding.UTF8.GetBytes(first), out _, out _, out _, out _))
            {
                throw new EnrichmentDataException($"{path}: not an ASN CSV (start,end,number,organization on each line)");
            }
        }
    }

    /// <summary>
    /// One line, read as UTF-8 bytes without making strings (the files have about a million lines): the addresses and
    /// the number are never quoted; the organization is the rest of the line, quoted when it holds a comma or a quote.
    /// These methods run a million times once per process: fully optimised from the first call.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static bool TryParse(ReadOnlySpan<byte> line, out UInt128 start, out UInt128 end, out long number, out ReadOnlySpan<byte> organization)
    {
        (start, end, number) = (default, default, 0);
        organization = default;
        int first = line.IndexOf((byte)',');
        if (first < 0 || !TryAddress(line[..first], out start)) return false;
        line = line[(first + 1)..];
        int second = line.IndexOf((byte)',');
        if (second < 0 || !TryAddress(line[..second], out end) || end < start) return false;
        line = line[(second + 1)..];
        int third = line.IndexOf((byte)',');
        var digits = third < 0 ? line : line[..third];
        if (!Utf8Parser.TryParse(digits, out number, out int consumed) || consumed != digits.Length || number < 0) return false;
        organization = third < 0 ? default : line[(third + 1)..];
        if (organization.Length >= 2 && organization[0] == '"' && organization[^1] == '"') organization = organization[1..^1];
        return true;
    }

    /// <summary>One instance per distinct system, so a million ranges hold about a hundred thousand names.</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static AutonomousSystem Shared(Dictionary<long, List<(byte[] Utf8, AutonomousSystem System)>> systems, long number, ReadOnlySpan<byte> organization)
    {
        if (!systems.TryGetValue(number, out var known)) systems[number] = known = new(1);
        foreach (var (utf8, system) in known)
        {
            if (organization.SequenceEqual(utf8)) return system;
        }
        string text = System.Text.Encoding.UTF8.GetString(organization).Replace("\"\"", "\"", StringComparison.Ordinal);
        var created = new AutonomousSystem(number, text.Length == 0 ? null : text);
        known.Add((organization.ToArray(), created));
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
    private static bool TryAddress(ReadOnlySpan<byte> text, out UInt128 value)
    {
        value = default;
        if (TryIpv4(text, out uint ipv4))
        {
            value = new UInt128(0, 0x0000_FFFF_0000_0000UL | ipv4);
            return true;
        }
        if (text.Length > 45 || text.IndexOf((byte)':') < 0) return false;
        Span<char> chars = stackalloc char[45];
        for (int i = 0; i < text.Length; i++) chars[i] = (char)text[i];
        if (!IPAddress.TryParse(chars[..text.Length], out var parsed)) return false;
        Span<byte> bytes = stackalloc byte[16];
        if (!parsed.TryWriteBytes(bytes, out int written) || written != 16) return false;
        value = BinaryPrimitives.ReadUInt128BigEndian(bytes);
        return true;
    }

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static bool TryIpv4(ReadOnlySpan<byte> text, out uint value)
    {
        value = 0;
        int octets = 0, octet = -1;
        foreach (byte c in text)
        {
            if (c == '.')
            {
                if (octet < 0 || ++octets > 3) return false;
                value = (value << 8) | (uint)octet;
                octet = -1;
            }
            else if (c is >= (byte)'0' and <= (byte)'9')
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
