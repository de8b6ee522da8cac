using System.Buffers.Text;
using PcapSearch.Decoding;

namespace PcapSearch.Flows.Documents;

/// <summary>How flow values are spelled in ECS documents.</summary>
public static class EcsValues
{
    /// <summary>ECS network.transport: the IANA protocol keyword in lower case.</summary>
    public static string Transport(byte protocol) => protocol switch
    {
        1 => "icmp",
        2 => "igmp",
        4 => "ipv4",
        6 => "tcp",
        17 => "udp",
        41 => "ipv6",
        46 => "rsvp",
        47 => "gre",
        50 => "esp",
        51 => "ah",
        58 => "ipv6-icmp",
        88 => "eigrp",
        89 => "ospf",
        103 => "pim",
        112 => "vrrp",
        115 => "l2tp",
        132 => "sctp",
        _ => protocol.ToString(System.Globalization.CultureInfo.InvariantCulture),
    };

    public static string NetworkType(bool ipv6) => ipv6 ? "ipv6" : "ipv4";

    public const int MacLength = 17;

    /// <summary>ECS MAC notation (RFC 7042): upper-case hex octets joined by hyphens.</summary>
    public static string Mac(ulong mac)
    {
        Span<byte> utf8 = stackalloc byte[MacLength];
        WriteMac(mac, utf8);
        return System.Text.Encoding.ASCII.GetString(utf8);
    }

    /// <summary>Writes the <see cref="MacLength"/> ASCII bytes of <see cref="Mac"/>.</summary>
    public static void WriteMac(ulong mac, Span<byte> utf8)
    {
        for (int i = 0; i < 6; i++)
        {
            byte octet = (byte)(mac >> (40 - 8 * i));
            utf8[i * 3] = (byte)"0123456789ABCDEF"[octet >> 4];
            utf8[i * 3 + 1] = (byte)"0123456789ABCDEF"[octet & 0xF];
            if (i < 5) utf8[i * 3 + 2] = (byte)'-';
        }
    }

    private static readonly (TcpFlags Flag, string Name)[] TcpFlagOrder =
    [
        (TcpFlags.Syn, "SYN"), (TcpFlags.Ack, "ACK"), (TcpFlags.Psh, "PSH"), (TcpFlags.Fin, "FIN"),
        (TcpFlags.Rst, "RST"), (TcpFlags.Urg, "URG"), (TcpFlags.Ece, "ECE"), (TcpFlags.Cwr, "CWR"),
    ];

    private static readonly string[][] TcpFlagNamesByValue = Enumerable.Range(0, 256)
        .Select(value => TcpFlagOrder.Where(f => (value & (int)f.Flag) != 0).Select(f => f.Name).ToArray())
        .ToArray();

    /// <summary>The names of the flags set, SYN ACK PSH FIN RST URG ECE CWR in that order.</summary>
    public static IReadOnlyList<string> TcpFlagNames(TcpFlags flags) => TcpFlagNamesByValue[(byte)flags];

    public static IReadOnlyList<string> EncapsulationNames(Encapsulations layers) =>
        Enum.GetValues<Encapsulations>()
            .Where(layer => layer != Encapsulations.None && (layers & layer) != 0)
            .Select(layer => layer.ToString().ToLowerInvariant())
            .ToArray();

    public static string EndReason(FlowEndReason reason) => reason switch
    {
        FlowEndReason.EndOfCapture => "end_of_capture",
        FlowEndReason.IdleTimeout => "idle_timeout",
        FlowEndReason.MaximumDuration => "maximum_duration",
        FlowEndReason.PortReuse => "port_reuse",
        FlowEndReason.TableFull => "table_full",
        _ => reason.ToString(),
    };

    /// <summary>
    /// ISO 8601 UTC with as many fractional digits as the capture records (6 for microsecond
    /// captures, 9 for nanosecond ones), never rounded. Returns the bytes written (at most 40).
    /// </summary>
    public static int FormatTimestamp(long unixNs, int digits, Span<byte> utf8)
    {
        long seconds = Math.DivRem(unixNs, 1_000_000_000L, out long fraction);
        if (fraction < 0)
        {
            fraction += 1_000_000_000L;
            seconds--;
        }
        int written = FormatSeconds(seconds, utf8);
        if (digits > 0)
        {
            utf8[written++] = (byte)'.';
            int shown = Math.Min(digits, 9);
            for (int i = 8; i >= shown; i--) fraction /= 10;
            WriteDigits(fraction, shown, utf8.Slice(written, shown));
            written += shown;
        }
        utf8[written++] = (byte)'Z';
        return written;
    }

    /// <summary><c>yyyy-MM-ddTHH:mm:ss</c> of whole seconds since the Unix epoch (the proleptic Gregorian calendar).</summary>
    private static int FormatSeconds(long seconds, Span<byte> utf8)
    {
        long days = Math.DivRem(seconds, 86_400L, out long second);
        if (second < 0)
        {
            second += 86_400L;
            days--;
        }
        var (year, month, day) = CivilDate(days);
        if (year is < 1 or > 9999)
        {
            // Outside what four year digits hold: DateTime's own formatting (and its refusal) decides.
            DateTime.UnixEpoch.AddSeconds(seconds).TryFormat(utf8, out int written, "yyyy-MM-ddTHH:mm:ss", System.Globalization.CultureInfo.InvariantCulture);
            return written;
        }
        WriteDigits(year, 4, utf8);
        utf8[4] = (byte)'-';
        WriteDigits(month, 2, utf8[5..]);
        utf8[7] = (byte)'-';
        WriteDigits(day, 2, utf8[8..]);
        utf8[10] = (byte)'T';
        WriteDigits(second / 3600, 2, utf8[11..]);
        utf8[13] = (byte)':';
        WriteDigits(second / 60 % 60, 2, utf8[14..]);
        utf8[16] = (byte)':';
        WriteDigits(second % 60, 2, utf8[17..]);
        return 19;
    }

    /// <summary>Year, month and day of a day number counted from 1970-01-01 (H. Hinnant's days_from_civil, inverted).</summary>
    private static (long Year, long Month, long Day) CivilDate(long days)
    {
        long z = days + 719_468;
        long era = (z >= 0 ? z : z - 146_096) / 146_097;
        long dayOfEra = z - era * 146_097;
        long yearOfEra = (dayOfEra - dayOfEra / 1_460 + dayOfEra / 36_524 - dayOfEra / 146_096) / 365;
        long dayOfYear = dayOfEra - (365 * yearOfEra + yearOfEra / 4 - yearOfEra / 100);
        long shiftedMonth = (5 * dayOfYear + 2) / 153; // March = 0
        long day = dayOfYear - (153 * shiftedMonth + 2) / 5 + 1;
        long month = shiftedMonth < 10 ? shiftedMonth + 3 : shiftedMonth - 9;
        return (yearOfEra + era * 400 + (month <= 2 ? 1 : 0), month, day);
    }

    private static void WriteDigits(long value, int count, Span<byte> utf8)
    {
        for (int i = count - 1; i >= 0; i--)
        {
            utf8[i] = (byte)('0' + value % 10);
            value /= 10;
        }
    }

    public static string FormatTimestamp(long unixNs, int digits)
    {
        Span<byte> utf8 = stackalloc byte[40];
        return System.Text.Encoding.ASCII.GetString(utf8[..FormatTimestamp(unixNs, digits, utf8)]);
    }

    public static string Address(IpAddress address) => address.ToString();
}
