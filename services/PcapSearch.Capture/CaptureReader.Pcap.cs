namespace PcapSearch.Capture;

/// <summary>The classic libpcap format: a 24-byte file header, then 16-byte (modified: 24-byte) record headers.</summary>
public sealed partial class CaptureReader
{
    private const int PcapFileHeaderLength = 24;
    private const uint LinkTypeMask = 0x03FF_FFFF;
    private const uint OneDay = 86_400;

    /// <summary>Wireshark treats original lengths beyond this as corrupt.</summary>
    private const uint SaneOriginalLength = 256 * 1024;

    private int _pcapRecordHeaderLength;
    private uint _pcapSnapLength;
    private uint _pcapFractionLimit;
    private uint _pcapFractionToNs;
    private LinkType _pcapLinkType;
    private byte _pcapDigits;
    private bool _havePcapTimestamp;
    private uint _lastPcapSeconds;

    private string ReadPcapHeader(string name, IReadOnlyList<string> layers)
    {
        if (!_input.Ensure(PcapFileHeaderLength))
        {
            throw new CaptureRefusedException(name,
                CompressionLayers.Nest(layers, $"a pcap header cut short ({_input.Available} bytes)"));
        }
        ReadOnlySpan<byte> header = _input.Peek(0, PcapFileHeaderLength);
        PcapMagic.TryParse(System.Buffers.Binary.BinaryPrimitives.ReadUInt32LittleEndian(header), out var magic);
        _bigEndian = magic.BigEndian;
        _pcapRecordHeaderLength = magic.Modified ? 24 : 16;
        _pcapFractionLimit = magic.Nanoseconds ? 1_000_000_000u : 1_000_000u;
        _pcapFractionToNs = magic.Nanoseconds ? 1u : 1000u;
        _pcapDigits = magic.Nanoseconds ? (byte)9 : (byte)6;
        ushort major = Read16(header[4..]);
        if (major != 2) Warn(4, CaptureFault.MalformedBlock, $"pcap major version {major}, expected 2; read as version 2");
        uint snapLength = Read32(header[16..]);
        uint cap = (uint)_options.MaxPacketLength;
        // libpcap and Wireshark read a snap length of 0 (or an absurd one) as "no limit".
        _pcapSnapLength = snapLength == 0 || snapLength > cap ? cap : snapLength;
        _pcapLinkType = (LinkType)(ushort)(Read32(header[20..]) & LinkTypeMask);
        _interfaces.Add(new CaptureInterface(0, 0, _pcapLinkType, (int)Math.Min(snapLength, int.MaxValue), _pcapDigits, 0, null));
        _input.Advance(PcapFileHeaderLength);
        return magic.Describe();
    }

    private bool TryReadPcap(out CapturedPacket packet)
    {
        while (true)
        {
            int headerLength = _pcapRecordHeaderLength;
            if (!_input.Ensure(headerLength)) return EndInsideRecord("record header", out packet);
            ReadOnlySpan<byte> header = _input.Peek(0, headerLength);
            uint capturedLength = Read32(header[8..]);
            if (capturedLength > _pcapSnapLength && !AcceptOversizedPcapRecord(capturedLength)) continue;
            int total = headerLength + (int)capturedLength;
            if (!_input.Ensure(total)) return EndInsideRecord($"record of {total} bytes", out packet);

            header = _input.Peek(0, headerLength);
            uint seconds = Read32(header);
            long timestamp = seconds * 1_000_000_000L + (long)Read32(header[4..]) * _pcapFractionToNs;
            uint originalLength = Read32(header[12..]);
            packet = new CapturedPacket(_input.Peek(headerLength, (int)capturedLength),
                (int)Math.Min(originalLength, int.MaxValue), timestamp, _pcapDigits, _pcapLinkType, 0, _input.Position);
            _input.Advance(total);
            _lastPcapSeconds = seconds;
            _havePcapTimestamp = true;
            return true;
        }
    }

    /// <summary>
    /// A record longer than the snap length is kept when its framing holds up (libpcap and
    /// Wireshark both read such records, and tcpdump's test captures rely on it); beyond the
    /// reader's cap, or when the header after it makes no sense, it is taken as a corrupt header.
    /// </summary>
    private bool AcceptOversizedPcapRecord(uint capturedLength)
    {
        long offset = _input.Position;
        uint cap = (uint)_options.MaxPacketLength;
        if (capturedLength <= cap)
        {
            int next = _pcapRecordHeaderLength + (int)capturedLength;
            bool sound = _input.Ensure(next + _pcapRecordHeaderLength)
                ? IsPlausiblePcapHeader(_input.Peek(next, _pcapRecordHeaderLength), loose: true)
                : _input.Available >= next;
            if (sound)
            {
                Warn(offset, CaptureFault.CapturedLengthTooLarge,
                    $"captured length {capturedLength} exceeds the snap length {_pcapSnapLength}; kept, as the record after it is framed soundly");
                return true;
            }
        }
        Warn(offset, CaptureFault.CapturedLengthTooLarge,
            $"captured length {capturedLength} exceeds the snap length {_pcapSnapLength} (cap {cap}); taken as a corrupt record header");
        ResynchronisePcap();
        return false;
    }

    /// <summary>Scans forward a byte at a time for a record header that, with the one after it, looks real.</summary>
    private void ResynchronisePcap()
    {
        long from = _input.Position;
        int headerLength = _pcapRecordHeaderLength;
        _input.Advance(1);
        while (_input.Ensure(headerLength))
        {
            if (IsPlausiblePcapHeader(_input.Peek(0, headerLength), loose: false) && IsFollowedBySoundRecord())
            {
                Warn(from, CaptureFault.Resynchronised,
                    $"skipped {_input.Position - from} bytes to the next plausible record header at offset {_input.Position}");
                return;
            }
            _input.Advance(1);
        }
        _input.Advance(_input.Available);
        Warn(from, CaptureFault.Resynchronised,
            $"skipped {_input.Position - from} bytes to the end of the capture without finding a plausible record header");
    }

    private bool IsFollowedBySoundRecord()
    {
        int headerLength = _pcapRecordHeaderLength;
        int next = headerLength + (int)Read32(_input.Peek(8, 4));
        if (!_input.Ensure(next + headerLength)) return _input.Available >= next;
        ReadOnlySpan<byte> candidate = _input.Peek(0, headerLength);
        ReadOnlySpan<byte> following = _input.Peek(next, headerLength);
        return IsPlausiblePcapHeader(following, loose: false)
            && WithinADay(Read32(following), Read32(candidate));
    }

    /// <param name="loose">Only the checks Wireshark applies when it reads; strict adds the ones a resync needs.</param>
    private bool IsPlausiblePcapHeader(ReadOnlySpan<byte> header, bool loose)
    {
        uint capturedLength = Read32(header[8..]);
        uint originalLength = Read32(header[12..]);
        if (capturedLength > (uint)_options.MaxPacketLength) return false;
        if (loose) return originalLength <= 128 * 1024 * 1024;
        return capturedLength > 0
            && capturedLength <= _pcapSnapLength
            && capturedLength <= originalLength
            && originalLength <= Math.Max(SaneOriginalLength, (uint)_options.MaxPacketLength)
            && Read32(header[4..]) < _pcapFractionLimit
            && (!_havePcapTimestamp || WithinADay(Read32(header), _lastPcapSeconds));
    }

    private static bool WithinADay(uint seconds, uint reference) =>
        (seconds >= reference ? seconds - reference : reference - seconds) <= OneDay;
}
