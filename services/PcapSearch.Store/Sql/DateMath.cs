using System.Globalization;
using System.Text.RegularExpressions;

namespace PcapSearch.Store.Sql;

/// <summary>
/// Elasticsearch date math over ISO 8601: an anchor (<c>now</c>, or a date followed by <c>||</c>, or a date
/// alone, or epoch milliseconds), then any of <c>+N unit</c>, <c>-N unit</c>, <c>/unit</c> (round), with units
/// y M w d h H m s. Rounding up (for <c>&gt;</c> and <c>&lt;=</c>, as Elasticsearch does) gives the last
/// nanosecond of the unit; a date given to the day rounds up to the end of that day likewise.
/// </summary>
public static partial class DateMath
{
    [GeneratedRegex(@"^(\d{4})(?:-(\d{2})(?:-(\d{2})(?:[T ](\d{2})(?::(\d{2})(?::(\d{2})(?:[.,](\d{1,9}))?)?)?)?)?)?(Z|[+-]\d{2}:?\d{2})?$", RegexOptions.CultureInvariant)]
    private static partial Regex Iso();

    [GeneratedRegex(@"\G(?:([+-])(\d{1,9})([yMwdhHms])|/([yMwdhHms]))", RegexOptions.CultureInvariant)]
    private static partial Regex Operation();

    /// <summary>Nanoseconds since the Unix epoch, or false when the text is no date.</summary>
    public static bool TryParse(string text, DateTimeOffset now, bool roundUp, out long ns)
    {
        ns = 0;
        text = text.Trim();
        string math;
        Instant anchor;
        char? precision;
        if (text.StartsWith("now", StringComparison.Ordinal))
        {
            anchor = Instant.From(now);
            precision = null;
            math = text[3..];
        }
        else
        {
            int bars = text.IndexOf("||", StringComparison.Ordinal);
            string date = bars < 0 ? text : text[..bars];
            math = bars < 0 ? "" : text[(bars + 2)..];
            if (!TryParseAnchor(date, out anchor, out precision)) return false;
        }

        int at = 0;
        bool rounded = false;
        while (at < math.Length)
        {
            var m = Operation().Match(math, at);
            if (!m.Success) return false;
            at += m.Length;
            if (m.Groups[4].Success)
            {
                anchor = Round(anchor, m.Groups[4].Value[0], roundUp);
                rounded = true;
            }
            else
            {
                int amount = int.Parse(m.Groups[2].Value, CultureInfo.InvariantCulture);
                anchor = Add(anchor, m.Groups[1].Value == "-" ? -amount : amount, m.Groups[3].Value[0]);
            }
        }
        if (!rounded && roundUp && precision is { } unit && math.Length == 0) anchor = Round(anchor, unit, roundUp: true);
        ns = anchor.Ns;
        return true;
    }

    /// <summary>An ISO 8601 instant to the nanosecond (a date alone is midnight UTC).</summary>
    public static bool TryParseIso(string text, out long ns)
    {
        ns = 0;
        if (!TryParseIsoInstant(text, out var instant, out _)) return false;
        ns = instant.Ns;
        return true;
    }

    private static bool TryParseAnchor(string text, out Instant instant, out char? precision)
    {
        if (TryParseIsoInstant(text, out instant, out precision)) return true;
        precision = null;
        if (text.Length is >= 5 and <= 16 && text.All(char.IsAsciiDigit))
        {
            instant = new Instant(DateTime.UnixEpoch.AddMilliseconds(long.Parse(text, CultureInfo.InvariantCulture)), 0);
            return true;
        }
        return false;
    }

    private static bool TryParseIsoInstant(string text, out Instant instant, out char? precision)
    {
        instant = default;
        precision = null;
        var m = Iso().Match(text);
        if (!m.Success) return false;
        int Part(int group, int fallback) => m.Groups[group].Success ? int.Parse(m.Groups[group].Value, CultureInfo.InvariantCulture) : fallback;
        int year = Part(1, 1), month = Part(2, 1), day = Part(3, 1), hour = Part(4, 0), minute = Part(5, 0), second = Part(6, 0);
        if (month is < 1 or > 12 || day < 1 || day > DateTime.DaysInMonth(year, month) || hour > 23 || minute > 59 || second > 59) return false;
        long fractionNs = 0;
        if (m.Groups[7].Success)
        {
            string digits = m.Groups[7].Value.PadRight(9, '0');
            fractionNs = long.Parse(digits, CultureInfo.InvariantCulture);
        }
        var time = new DateTime(year, month, day, hour, minute, second, DateTimeKind.Utc).AddTicks(fractionNs / 100);
        if (m.Groups[8].Success && m.Groups[8].Value != "Z")
        {
            string zone = m.Groups[8].Value.Replace(":", "", StringComparison.Ordinal);
            int sign = zone[0] == '-' ? -1 : 1;
            var offset = new TimeSpan(int.Parse(zone[1..3], CultureInfo.InvariantCulture), int.Parse(zone[3..5], CultureInfo.InvariantCulture), 0);
            time -= sign * offset;
        }
        instant = new Instant(time, (int)(fractionNs % 100));
        precision = m.Groups[7].Success ? null
            : m.Groups[6].Success ? 's'
            : m.Groups[5].Success ? 'm'
            : m.Groups[4].Success ? 'h'
            : m.Groups[3].Success ? 'd'
            : m.Groups[2].Success ? 'M'
            : 'y';
        return true;
    }

    private static Instant Add(Instant instant, int amount, char unit) => new(unit switch
    {
        'y' => instant.Time.AddYears(amount),
        'M' => instant.Time.AddMonths(amount),
        'w' => instant.Time.AddDays(7.0 * amount),
        'd' => instant.Time.AddDays(amount),
        'h' or 'H' => instant.Time.AddHours(amount),
        'm' => instant.Time.AddMinutes(amount),
        _ => instant.Time.AddSeconds(amount),
    }, instant.ExtraNs);

    private static Instant Round(Instant instant, char unit, bool roundUp)
    {
        var t = instant.Time;
        var start = unit switch
        {
            'y' => new DateTime(t.Year, 1, 1, 0, 0, 0, DateTimeKind.Utc),
            'M' => new DateTime(t.Year, t.Month, 1, 0, 0, 0, DateTimeKind.Utc),
            'w' => t.Date.AddDays(-(((int)t.DayOfWeek + 6) % 7)),
            'd' => t.Date,
            'h' or 'H' => new DateTime(t.Year, t.Month, t.Day, t.Hour, 0, 0, DateTimeKind.Utc),
            'm' => new DateTime(t.Year, t.Month, t.Day, t.Hour, t.Minute, 0, DateTimeKind.Utc),
            _ => new DateTime(t.Year, t.Month, t.Day, t.Hour, t.Minute, t.Second, DateTimeKind.Utc),
        };
        if (!roundUp) return new Instant(start, 0);
        var next = Add(new Instant(start, 0), 1, unit).Time;
        // The last nanosecond of the unit: one tick before the next unit, plus 99 ns.
        return new Instant(next.AddTicks(-1), 99);
    }

    private readonly record struct Instant(DateTime Time, int ExtraNs)
    {
        public long Ns => (Time.Ticks - DateTime.UnixEpoch.Ticks) * 100 + ExtraNs;

        public static Instant From(DateTimeOffset time) => new(time.UtcDateTime, 0);
    }
}
