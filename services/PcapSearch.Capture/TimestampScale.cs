namespace PcapSearch.Capture;

/// <summary>
/// Converts a count of timestamp units (pcapng if_tsresol: 10^-n or 2^-n of a second) plus an
/// if_tsoffset in seconds to nanoseconds since the epoch, without overflowing the intermediate
/// product: whole seconds and the fraction are scaled separately.
/// </summary>
internal readonly struct TimestampScale
{
    private const long NanosPerSecond = 1_000_000_000;

    private readonly ulong _unitsPerSecond;
    private readonly int _binaryShift;
    private readonly ulong _nanosPerUnit;
    private readonly long _offsetNs;

    private TimestampScale(ulong unitsPerSecond, int binaryShift, byte digits, long offsetSeconds)
    {
        _unitsPerSecond = unitsPerSecond;
        _binaryShift = binaryShift;
        _nanosPerUnit = unitsPerSecond <= NanosPerSecond && NanosPerSecond % (long)unitsPerSecond == 0
            ? NanosPerSecond / unitsPerSecond
            : 0;
        _offsetNs = unchecked(offsetSeconds * NanosPerSecond);
        Digits = digits;
    }

    public static TimestampScale Microseconds { get; } = new(1_000_000, -1, 6, 0);

    /// <summary>Fractional-second digits the resolution carries, capped at 9.</summary>
    public byte Digits { get; }

    /// <summary>From the if_tsresol byte; null when the resolution is finer than 2^-63 or 10^-19 s.</summary>
    public static TimestampScale? FromTsresol(byte tsresol, long offsetSeconds)
    {
        int exponent = tsresol & 0x7F;
        if ((tsresol & 0x80) != 0)
        {
            if (exponent > 63) return null;
            return new TimestampScale(1UL << exponent, exponent, 9, offsetSeconds);
        }
        if (exponent > 19) return null;
        ulong units = 1;
        for (int i = 0; i < exponent; i++) units *= 10;
        return new TimestampScale(units, -1, (byte)Math.Min(exponent, 9), offsetSeconds);
    }

    public TimestampScale WithOffset(long offsetSeconds) =>
        new(_unitsPerSecond, _binaryShift, Digits, offsetSeconds);

    public long ToNanoseconds(ulong units)
    {
        ulong seconds, fraction;
        if (_binaryShift >= 0)
        {
            seconds = units >> _binaryShift;
            fraction = units & (_unitsPerSecond - 1);
        }
        else
        {
            seconds = units / _unitsPerSecond;
            fraction = units - seconds * _unitsPerSecond;
        }
        ulong fractionNs = _nanosPerUnit != 0
            ? fraction * _nanosPerUnit
            : (ulong)((UInt128)fraction * NanosPerSecond / _unitsPerSecond);
        return unchecked((long)(seconds * NanosPerSecond + fractionNs) + _offsetNs);
    }
}
