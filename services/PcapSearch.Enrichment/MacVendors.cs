using System.Globalization;

namespace PcapSearch.Enrichment;

/// <summary>
/// Who a MAC address was assigned to, from the IEEE registry as Debian's ieee-data installs it: oui.csv (MA-L,
/// 24-bit prefixes), mam.csv (MA-M, 28-bit) and oui36.csv (MA-S, 36-bit), each <c>Registry,Assignment,
/// Organization Name,Organization Address</c>. The longest prefix wins. A locally administered or multicast
/// address was assigned by no one and has no vendor. Thread-safe once loaded.
/// </summary>
public sealed class MacVendors
{
    /// <summary>The registry files in the directory ieee-data installs, longest prefix first.</summary>
    public static readonly string[] RegistryFiles = ["oui36.csv", "mam.csv", "oui.csv"];

    private const string Header = "Registry,Assignment,Organization Name";

    private static readonly int[] PrefixBits = [36, 28, 24];

    private readonly Dictionary<ulong, string>[] _byPrefix = [new(), new(), new()];

    public int Count => _byPrefix.Sum(d => d.Count);

    /// <summary>Checks that each file exists and starts with the IEEE registry's header, without reading the rest (<see cref="Load"/> does, later).</summary>
    /// <exception cref="EnrichmentDataException">A file is missing or is not an IEEE registry CSV.</exception>
    public static void CheckFormat(IEnumerable<string> files)
    {
        foreach (string path in files)
        {
            if (!File.Exists(path)) throw new EnrichmentDataException($"{path}: no such IEEE registry file");
            if (File.ReadLines(path).FirstOrDefault()?.StartsWith(Header, StringComparison.Ordinal) != true)
            {
                throw new EnrichmentDataException($"{path}: not an IEEE registry CSV (its first line is not {Header}...)");
            }
        }
    }

    /// <exception cref="EnrichmentDataException">A file is missing or is not an IEEE registry CSV.</exception>
    public static MacVendors Load(IEnumerable<string> files)
    {
        var vendors = new MacVendors();
        var names = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (string path in files)
        {
            if (!File.Exists(path)) throw new EnrichmentDataException($"{path}: no such IEEE registry file");
            foreach (var (lineNumber, fields) in CsvRecords.Read(path))
            {
                if (lineNumber == 1 && string.Join(',', fields).StartsWith(Header, StringComparison.Ordinal)) continue;
                int slot = fields.Count < 3 ? -1 : Array.IndexOf(PrefixBits, fields[1].Length * 4);
                if (slot < 0 || !ulong.TryParse(fields[1], NumberStyles.AllowHexSpecifier, CultureInfo.InvariantCulture, out ulong prefix))
                {
                    throw new EnrichmentDataException($"{path}:{lineNumber}: not an IEEE registry line (Registry,Assignment,Organization Name,...)");
                }
                string name = fields[2].Trim();
                if (!names.TryGetValue(name, out var shared)) names[name] = shared = name;
                vendors._byPrefix[slot][prefix] = shared;
            }
        }
        return vendors;
    }

    /// <summary>The vendor of a 48-bit MAC address, or null (unassigned, locally administered or multicast).</summary>
    public string? Find(ulong mac)
    {
        byte first = (byte)(mac >> 40);
        if ((first & 0x03) != 0) return null;
        for (int i = 0; i < PrefixBits.Length; i++)
        {
            if (_byPrefix[i].TryGetValue(mac >> (48 - PrefixBits[i]), out var vendor)) return vendor;
        }
        return null;
    }
}
