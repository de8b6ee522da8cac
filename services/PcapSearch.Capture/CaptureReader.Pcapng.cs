namespace PcapSearch.Capture;

/// <summary>pcapng blocks: the framing loop, the three packet block types, and resynchronisation.</summary>
public sealed partial class CaptureReader
{
    private const uint SectionHeaderType = 0x0A0D0D0A;
    private const uint InterfaceDescriptionType = 1;
    private const uint ObsoletePacketType = 2;
    private const uint SimplePacketType = 3;
    private const uint NameResolutionType = 4;
    private const uint InterfaceStatisticsType = 5;
    private const uint EnhancedPacketType = 6;
    private const uint DecryptionSecretsType = 10;
    private const uint CustomType = 0x0000_0BAD;
    private const uint CustomNoCopyType = 0x4000_0BAD;
    private const int MinimumBlockLength = 12;

    /// <summary>Block header (type, length), the EPB/PB fixed fields, and the trailing length.</summary>
    private const int PacketBlockOverhead = 32;

    private PcapngInterface[] _sectionInterfaces = [];
    private int _sectionInterfaceCount;
    private long _lastPcapngTimestamp;

    private bool TryReadPcapng(out CapturedPacket packet)
    {
        while (true)
        {
            if (!_input.Ensure(8)) return EndInsideRecord("block header", out packet);
            ReadOnlySpan<byte> head = _input.Peek(0, 8);
            uint type = Read32(head);
            if (type == SectionHeaderType)
            {
                if (!TryReadSectionHeader()) return EndInsideRecord("section header block", out packet);
                continue;
            }
            uint length = Read32(head[4..]);
            if (!IsSaneBlockLength(length))
            {
                Warn(_input.Position, CaptureFault.BadBlockLength,
                    $"block type {type} has length {length}; blocks are at least {MinimumBlockLength}, a multiple of 4 and at most {_options.MaxBlockLength}");
                ResynchronisePcapng();
                continue;
            }
            if (!_input.Ensure((int)length)) return EndInsideRecord($"block of {length} bytes", out packet);
            ReadOnlySpan<byte> block = _input.Peek(0, (int)length);
            uint trailer = Read32(block[^4..]);
            if (trailer != length)
            {
                Warn(_input.Position, CaptureFault.BadBlockLength,
                    $"block type {type} has length {length} but its trailing length is {trailer}");
                ResynchronisePcapng();
                continue;
            }
            bool isPacket = type switch
            {
                EnhancedPacketType => TryPacketBlock(block, obsolete: false, out packet),
                SimplePacketType => TrySimplePacket(block, out packet),
                ObsoletePacketType => TryPacketBlock(block, obsolete: true, out packet),
                _ => ReadMetadataBlock(type, block, out packet),
            };
            _input.Advance((int)length);
            if (isPacket) return true;
        }
    }

    private bool IsSaneBlockLength(uint length) =>
        length >= MinimumBlockLength && (length & 3) == 0 && length <= (uint)_options.MaxBlockLength;

    /// <summary>
    /// An EPB, or the obsolete PB it replaced: the same layout but for a 16-bit interface id (the PB's
    /// other 16 bits count drops).
    /// </summary>
    private bool TryPacketBlock(ReadOnlySpan<byte> block, bool obsolete, out CapturedPacket packet)
    {
        packet = default;
        if (block.Length < PacketBlockOverhead) return MalformedPacketBlock(obsolete ? "packet" : "enhanced packet", block.Length);
        uint interfaceId = obsolete ? Read16(block[8..]) : Read32(block[8..]);
        ulong units = ((ulong)Read32(block[12..]) << 32) | Read32(block[16..]);
        return TryPacket(block, interfaceId, units, Read32(block[20..]), Read32(block[24..]), 28, out packet);
    }

    /// <summary>An SPB belongs to interface 0 and has no timestamp: it gets the previous packet's.</summary>
    private bool TrySimplePacket(ReadOnlySpan<byte> block, out CapturedPacket packet)
    {
        packet = default;
        if (block.Length < 16) return MalformedPacketBlock("simple packet", block.Length);
        if (_sectionInterfaceCount == 0) return UnknownInterface(0);
        ref readonly PcapngInterface iface = ref _sectionInterfaces[0];
        uint originalLength = Read32(block[8..]);
        uint capturedLength = Math.Min(originalLength, (uint)block.Length - 16);
        if (iface.SnapLength != 0) capturedLength = Math.Min(capturedLength, iface.SnapLength);
        packet = new CapturedPacket(block.Slice(12, (int)capturedLength), (int)Math.Min(originalLength, int.MaxValue),
            _lastPcapngTimestamp, iface.Scale.Digits, iface.LinkType, 0, _input.Position);
        return true;
    }

    private bool TryPacket(ReadOnlySpan<byte> block, uint interfaceId, ulong units, uint capturedLength,
        uint originalLength, int dataStart, out CapturedPacket packet)
    {
        packet = default;
        if (interfaceId >= (uint)_sectionInterfaceCount) return UnknownInterface(interfaceId);
        if (capturedLength > (uint)(block.Length - dataStart - 4))
        {
            Warn(_input.Position, CaptureFault.MalformedBlock,
                $"captured length {capturedLength} does not fit in a block of {block.Length} bytes; packet skipped");
            return false;
        }
        if (capturedLength > (uint)_options.MaxPacketLength)
        {
            Warn(_input.Position, CaptureFault.CapturedLengthTooLarge,
                $"captured length {capturedLength} exceeds the cap of {_options.MaxPacketLength}; packet skipped");
            return false;
        }
        ref readonly PcapngInterface iface = ref _sectionInterfaces[interfaceId];
        if (capturedLength > iface.SnapLength && iface.SnapLength != 0)
        {
            Warn(_input.Position, CaptureFault.CapturedLengthTooLarge,
                $"captured length {capturedLength} exceeds interface {interfaceId}'s snap length {iface.SnapLength}; kept");
        }
        long timestamp = iface.Scale.ToNanoseconds(units);
        _lastPcapngTimestamp = timestamp;
        packet = new CapturedPacket(block.Slice(dataStart, (int)capturedLength), (int)Math.Min(originalLength, int.MaxValue),
            timestamp, iface.Scale.Digits, iface.LinkType, (int)interfaceId, _input.Position);
        return true;
    }

    private bool UnknownInterface(uint interfaceId)
    {
        Warn(_input.Position, CaptureFault.UnknownInterface,
            $"packet names interface {interfaceId} but this section declares {_sectionInterfaceCount}; packet skipped");
        return false;
    }

    private bool MalformedPacketBlock(string kind, int length)
    {
        Warn(_input.Position, CaptureFault.MalformedBlock, $"{kind} block of {length} bytes is too short for its fields");
        return false;
    }

    /// <summary>
    /// Scans forward in 4-byte steps for a block of a known type whose length is sane and whose
    /// trailing length agrees, as a writer's block boundary would look.
    /// </summary>
    private void ResynchronisePcapng()
    {
        long from = _input.Position;
        _input.Advance(4);
        while (_input.Ensure(MinimumBlockLength))
        {
            if (IsPlausibleBlock())
            {
                Warn(from, CaptureFault.Resynchronised,
                    $"skipped {_input.Position - from} bytes to the next plausible block at offset {_input.Position}");
                return;
            }
            _input.Advance(Math.Min(4, _input.Available));
        }
        _input.Advance(_input.Available);
        Warn(from, CaptureFault.Resynchronised,
            $"skipped {_input.Position - from} bytes to the end of the capture without finding a plausible block");
    }

    private bool IsPlausibleBlock()
    {
        ReadOnlySpan<byte> head = _input.Peek(0, MinimumBlockLength);
        bool bigEndian = _bigEndian;
        uint type = Read32(head, bigEndian);
        if (type == SectionHeaderType && !TryByteOrder(head, out bigEndian)) return false;
        if (type is not (SectionHeaderType or InterfaceDescriptionType or ObsoletePacketType or SimplePacketType
            or NameResolutionType or InterfaceStatisticsType or EnhancedPacketType or DecryptionSecretsType
            or CustomType or CustomNoCopyType)) return false;
        uint length = Read32(head[4..], bigEndian);
        if (!IsSaneBlockLength(length) || !_input.Ensure((int)length)) return false;
        return Read32(_input.Peek((int)length - 4, 4), bigEndian) == length;
    }
}
