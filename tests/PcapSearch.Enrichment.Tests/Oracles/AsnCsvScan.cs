using System.Net;
using System.Numerics;

namespace PcapSearch.Enrichment.Tests.Oracles;

/// <summary>The AS of an address by reading an ASN CSV line by line, as a person with the file would: independent of the range index.</summary>
public static class AsnCsvScan
{
    public static (long Number, string Organization)? Find(string csv, string ip)
    {
        var address = Number(IPAddress.Parse(ip));
        foreach (string line in File.ReadLines(csv))
        {
            string[] parts = line.Split(',', 4);
            if (Number(IPAddress.Parse(parts[0])) <= address && address <= Number(IPAddress.Parse(parts[1])))
            {
                return (long.Parse(parts[2], System.Globalization.CultureInfo.InvariantCulture), parts[3].Trim('"'));
            }
        }
        return null;
    }

    private static BigInteger Number(IPAddress address) => new(address.GetAddressBytes(), isUnsigned: true, isBigEndian: true);
}
