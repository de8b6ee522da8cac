using System.Collections.Concurrent;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;

namespace PcapSearch.Api.Security;

/// <summary>
/// API keys in a JSON file in the data directory (owner-only permissions), each kept as a PBKDF2-SHA256 hash
/// with its own salt: the file alone does not let anyone in. A key reads <c>pcs_ID_SECRET</c>; the id finds its
/// entry without trying every hash. The file is read again when it changes, so <c>pcapsearch apikey create</c>
/// works while the server runs. A key verified once is remembered by its SHA-256 (in memory only) so that
/// requests do not each pay the deliberate PBKDF2 cost.
/// </summary>
public sealed class ApiKeyStore(string path)
{
    private const string Prefix = "pcs_";
    private const int Iterations = 600_000; // OWASP's figure for PBKDF2-SHA256
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web) { WriteIndented = true };

    private readonly Lock _lock = new();
    private readonly ConcurrentDictionary<string, string> _verified = new(StringComparer.Ordinal);
    private List<ApiKeyEntry> _entries = [];
    private DateTime _readAt = DateTime.MinValue;

    public sealed record ApiKeyEntry(string Name, string Id, string Salt, string Hash, int Iterations, string Created);

    /// <summary>Creates a key named <paramref name="name"/> and returns its text: the only time it is ever shown.</summary>
    public string Create(string name)
    {
        if (name.Length is 0 or > 64 || !name.All(c => char.IsAsciiLetterOrDigit(c) || c is '-' or '_' or '.'))
        {
            throw new ArgumentException("A key name is 1 to 64 letters, digits, '-', '_' or '.'.", nameof(name));
        }
        lock (_lock)
        {
            var entries = Load();
            if (entries.Any(e => e.Name == name)) throw new ArgumentException($"There is already a key named '{name}'.", nameof(name));
            string id = Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(6));
            byte[] secret = RandomNumberGenerator.GetBytes(32);
            byte[] salt = RandomNumberGenerator.GetBytes(16);
            string secretText = System.Buffers.Text.Base64Url.EncodeToString(secret);
            var entry = new ApiKeyEntry(name, id, Convert.ToBase64String(salt), Convert.ToBase64String(Hash(secretText, salt, Iterations)), Iterations,
                DateTime.UtcNow.ToString("O", System.Globalization.CultureInfo.InvariantCulture));
            Save([.. entries, entry]);
            return Prefix + id + "_" + secretText;
        }
    }

    public IReadOnlyList<ApiKeyEntry> List()
    {
        lock (_lock) return Load();
    }

    /// <summary>Removes the key; false when there is none by that name.</summary>
    public bool Revoke(string name)
    {
        lock (_lock)
        {
            var entries = Load();
            if (entries.RemoveAll(e => e.Name == name) == 0) return false;
            Save(entries);
            return true;
        }
    }

    /// <summary>The name of the key <paramref name="key"/> is, or null when it is no key of this file (or was revoked).</summary>
    public string? Verify(string key)
    {
        if (!key.StartsWith(Prefix, StringComparison.Ordinal)) return null;
        string fingerprint = Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(key)));
        List<ApiKeyEntry> entries;
        lock (_lock) entries = Load();
        if (_verified.TryGetValue(fingerprint, out var known)) return known;

        int separator = key.IndexOf('_', Prefix.Length);
        if (separator < 0) return null;
        string id = key[Prefix.Length..separator];
        string secret = key[(separator + 1)..];
        if (entries.FirstOrDefault(e => e.Id == id) is not { } entry) return null;
        byte[] expected = Convert.FromBase64String(entry.Hash);
        byte[] actual = Hash(secret, Convert.FromBase64String(entry.Salt), entry.Iterations);
        if (!CryptographicOperations.FixedTimeEquals(expected, actual)) return null;
        _verified[fingerprint] = entry.Name;
        return entry.Name;
    }

    private static byte[] Hash(string secret, byte[] salt, int iterations) =>
        Rfc2898DeriveBytes.Pbkdf2(Encoding.UTF8.GetBytes(secret), salt, iterations, HashAlgorithmName.SHA256, 32);

    /// <summary>The entries as the file has them now; a changed file forgets every remembered verification (a revoked key stops working).</summary>
    private List<ApiKeyEntry> Load()
    {
        var written = File.Exists(path) ? File.GetLastWriteTimeUtc(path) : DateTime.MinValue;
        if (written == _readAt) return _entries;
        _entries = written == DateTime.MinValue ? [] : JsonSerializer.Deserialize<List<ApiKeyEntry>>(File.ReadAllText(path), Json) ?? [];
        _readAt = written;
        _verified.Clear();
        return _entries;
    }

    /// <summary>Written beside and renamed over, readable by the owner only.</summary>
    private void Save(List<ApiKeyEntry> entries)
    {
        Directory.CreateDirectory(Path.GetDirectoryName(Path.GetFullPath(path))!);
        string temporary = path + ".tmp";
        File.WriteAllText(temporary, JsonSerializer.Serialize(entries, Json));
        if (!OperatingSystem.IsWindows()) File.SetUnixFileMode(temporary, UnixFileMode.UserRead | UnixFileMode.UserWrite);
        File.Move(temporary, path, overwrite: true);
        _entries = entries;
        _readAt = File.GetLastWriteTimeUtc(path);
        _verified.Clear();
    }
}
