using System.Runtime.InteropServices;
using System.Security.Cryptography;
using System.Text;
using PcapSearch.Flows.Enrichment;

namespace PcapSearch.Enrichment;

/// <summary>
/// The parsed ASN index kept in a binary file, so that a process after the first reads it in milliseconds instead of
/// parsing a million CSV lines. The file's name carries a hash of the CSV files' paths, sizes and modification times:
/// new data makes a new file. Written to a temporary name and renamed, so concurrent processes never read half a
/// file; any file that cannot be read is ignored and the CSV files are parsed. Machine-local (native byte order).
/// </summary>
internal static class AsnRangesCache
{
    private const long Magic = 0x3149_4E53_4153_5053; // "PSASNI1"

    public static AsnRanges Load(IReadOnlyList<string> csv, string directory)
    {
        string path = Path.Combine(directory, $"asn-{Key(csv)}.bin");
        if (TryRead(path) is { } cached) return cached;
        var ranges = AsnRanges.Load(csv);
        TryWrite(ranges, directory, path);
        return ranges;
    }

    private static string Key(IReadOnlyList<string> csv)
    {
        var text = new StringBuilder();
        foreach (string path in csv)
        {
            var file = new FileInfo(path);
            text.Append(file.FullName).Append('|').Append(file.Length).Append('|').Append(file.LastWriteTimeUtc.Ticks).Append('\n');
        }
        return Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(text.ToString())))[..24];
    }

    private static AsnRanges? TryRead(string path)
    {
        try
        {
            using var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, 1 << 16);
            using var reader = new BinaryReader(stream, Encoding.UTF8);
            if (reader.ReadInt64() != Magic) return null;
            int systemCount = reader.ReadInt32();
            if (systemCount < 0 || systemCount > stream.Length) return null;
            var systems = new AutonomousSystem[systemCount];
            for (int i = 0; i < systems.Length; i++)
            {
                long number = reader.ReadInt64();
                systems[i] = new AutonomousSystem(number, reader.ReadBoolean() ? reader.ReadString() : null);
            }
            int count = reader.ReadInt32();
            if (count < 0 || count * 36L != stream.Length - stream.Position) return null;
            var starts = new UInt128[count];
            var ends = new UInt128[count];
            var owners = new int[count];
            stream.ReadExactly(MemoryMarshal.AsBytes(starts.AsSpan()));
            stream.ReadExactly(MemoryMarshal.AsBytes(ends.AsSpan()));
            stream.ReadExactly(MemoryMarshal.AsBytes(owners.AsSpan()));
            return new AsnRanges(starts, ends, [.. owners.Select(i => systems[i])]);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or IndexOutOfRangeException or ArgumentException or FormatException)
        {
            return null;
        }
    }

    private static void TryWrite(AsnRanges ranges, string directory, string path)
    {
        string temporary = path + "." + Environment.ProcessId + ".tmp";
        try
        {
            Directory.CreateDirectory(directory);
            var index = new Dictionary<AutonomousSystem, int>(ReferenceEqualityComparer.Instance);
            foreach (var system in ranges.Systems) index.TryAdd(system, index.Count);
            using (var stream = new FileStream(temporary, FileMode.Create, FileAccess.Write, FileShare.None, 1 << 16))
            using (var writer = new BinaryWriter(stream, Encoding.UTF8))
            {
                writer.Write(Magic);
                writer.Write(index.Count);
                foreach (var system in index.Keys)
                {
                    writer.Write(system.Number);
                    writer.Write(system.OrganizationName is not null);
                    if (system.OrganizationName is not null) writer.Write(system.OrganizationName);
                }
                writer.Write(ranges.Count);
                writer.Flush();
                stream.Write(MemoryMarshal.AsBytes(ranges.Starts));
                stream.Write(MemoryMarshal.AsBytes(ranges.Ends));
                stream.Write(MemoryMarshal.AsBytes<int>([.. ranges.Systems.Select(s => index[s])]));
            }
            File.Move(temporary, path, overwrite: true);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            File.Delete(temporary);
        }
    }
}
