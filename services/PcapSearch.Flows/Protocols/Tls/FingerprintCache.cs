using System.Collections.Concurrent;
using System.IO.Hashing;

namespace PcapSearch.Flows.Protocols.Tls;

/// <summary>
/// JA3 and JA3S strings with their MD5, remembered: the same client and server software sends the
/// same hellos over and over, so most flows reuse the strings of an earlier one instead of
/// allocating them and hashing again. Bounded: past <see cref="Capacity"/> entries it starts over.
/// </summary>
internal static class FingerprintCache
{
    public const int Capacity = 4096;
    private static readonly ConcurrentDictionary<UInt128, (string Text, string Md5)> Known = new();

    public static (string Text, string Md5) Of(ReadOnlySpan<byte> text)
    {
        var key = XxHash128.HashToUInt128(text);
        if (Known.TryGetValue(key, out var known)) return known;
        var fingerprint = (System.Text.Encoding.ASCII.GetString(text), TlsHello.Md5Hex(text));
        if (Known.Count >= Capacity) Known.Clear();
        Known[key] = fingerprint;
        return fingerprint;
    }
}
