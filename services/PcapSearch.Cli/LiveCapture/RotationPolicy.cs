using System.Globalization;
using System.Text.RegularExpressions;

namespace PcapSearch.Cli.LiveCapture;

/// <summary>
/// When a live capture starts its next file: after so many bytes (<c>100MB</c>, <c>1GB</c>, <c>512KB</c>; powers
/// of 1000 like tcpdump's <c>-C</c>), after so much time (<c>60s</c>, <c>5m</c>, <c>1h</c>), or whichever comes
/// first (<c>100MB,60s</c>).
/// </summary>
public sealed partial record RotationPolicy(long? MaxBytes, TimeSpan? MaxAge)
{
    public static RotationPolicy Default { get; } = new(100_000_000, null);

    public bool IsDue(long bytes, TimeSpan age) => bytes >= MaxBytes || age >= MaxAge;

    /// <summary>For example "100,000,000 bytes or 60 s".</summary>
    public string Describe() =>
        string.Join(" or ", new[] { MaxBytes is { } bytes ? $"{bytes:N0} bytes" : null, MaxAge is { } age ? $"{age.TotalSeconds:0.#} s" : null }.OfType<string>());

    /// <exception cref="FormatException">The text is not a size, a duration or both; the message says what is accepted.</exception>
    public static RotationPolicy Parse(string text)
    {
        long? bytes = null;
        TimeSpan? age = null;
        foreach (string part in text.Split(',', StringSplitOptions.TrimEntries))
        {
            if (Limit().Match(part) is not { Success: true } match || double.Parse(match.Groups[1].Value, CultureInfo.InvariantCulture) <= 0)
            {
                throw new FormatException($"bad rotation \"{part}\": expected a size (100MB, 1GB, 512KB) or a duration (60s, 5m, 1h), or both separated by a comma");
            }
            double amount = double.Parse(match.Groups[1].Value, CultureInfo.InvariantCulture);
            switch (match.Groups[2].Value.ToUpperInvariant())
            {
                case "B": bytes = (long)amount; break;
                case "KB": bytes = (long)(amount * 1e3); break;
                case "MB": bytes = (long)(amount * 1e6); break;
                case "GB": bytes = (long)(amount * 1e9); break;
                case "S": age = TimeSpan.FromSeconds(amount); break;
                case "M": age = TimeSpan.FromMinutes(amount); break;
                case "H": age = TimeSpan.FromHours(amount); break;
            }
        }
        return new RotationPolicy(bytes, age);
    }

    /// <summary>A duration on its own (<c>30s</c>, <c>5m</c>), as <see cref="Parse"/> reads one.</summary>
    public static TimeSpan ParseDuration(string text) =>
        Parse(text).MaxAge is { } age && !text.Contains(',') ? age : throw new FormatException($"bad duration \"{text}\": expected e.g. 30s, 5m, 1h");

    [GeneratedRegex(@"^([0-9]+(?:\.[0-9]+)?)\s*(B|KB|MB|GB|s|m|h)$", RegexOptions.IgnoreCase)]
    private static partial Regex Limit();
}
