using System.Buffers.Binary;
using System.Net;
using System.Text;

namespace PcapSearch.Capture;

/// <summary>pcapng blocks that describe rather than carry packets: SHB, IDB and NRB. Others are skipped by length.</summary>
public sealed partial class CaptureReader
{
    private const uint ByteOrderMagic = 0x1A2B3C4D;
    private const int SectionHeaderMinimum = 28;
    private const int InterfaceDescriptionMinimum = 20;
    private const ushort EndOfOptions = 0;
    private const ushort IfName = 2;
    private const ushort IfTsresol = 9;
    private const ushort IfTsoffset = 14;
    private const ushort NrbIpv4 = 1;
    private const ushort NrbIpv6 = 2;
    private const byte DefaultTsresol = 6;

    private int _section = -1;

    private string ReadFirstSectionHeader(string name, IReadOnlyList<string> layers)
    {
        // "\n\r\r\n" also starts text files; without a byte-order magic after it this is not pcapng.
        if (_input.Ensure(MinimumBlockLength) && !TryByteOrder(_input.Peek(0, MinimumBlockLength), out _))
        {
            throw new CaptureRefusedException(name,
                CompressionLayers.Nest(layers, ContentDescription.Describe(_input.Buffered, layers.Count > 0)));
        }
        if (!TryReadSectionHeader())
        {
            throw new CaptureRefusedException(name,
                CompressionLayers.Nest(layers, $"a pcapng header cut short ({_input.Available} bytes)"));
        }
        return "pcapng";
    }

    /// <summary>Starts a new section; false when the input ends inside its header.</summary>
    private bool TryReadSectionHeader()
    {
        if (!_input.Ensure(MinimumBlockLength)) return false;
        long offset = _input.Position;
        if (!TryByteOrder(_input.Peek(0, MinimumBlockLength), out bool bigEndian))
        {
            Warn(offset, CaptureFault.MalformedBlock, "section header block without the byte-order magic 1a2b3c4d");
            ResynchronisePcapng();
            return true;
        }
        _bigEndian = bigEndian;
        uint length = Read32(_input.Peek(4, 4));
        if (!IsSaneBlockLength(length) || length < SectionHeaderMinimum)
        {
            Warn(offset, CaptureFault.BadBlockLength, $"section header block has length {length}");
            ResynchronisePcapng();
            return true;
        }
        if (!_input.Ensure((int)length)) return false;
        ReadOnlySpan<byte> block = _input.Peek(0, (int)length);
        uint trailer = Read32(block[^4..]);
        if (trailer != length)
        {
            Warn(offset, CaptureFault.BadBlockLength,
                $"section header block has length {length} but its trailing length is {trailer}");
            ResynchronisePcapng();
            return true;
        }
        ushort major = Read16(block[12..]);
        if (major != 1) Warn(offset, CaptureFault.MalformedBlock, $"pcapng major version {major}, expected 1; read as version 1");
        _section++;
        _sectionInterfaceCount = 0;
        _input.Advance((int)length);
        return true;
    }

    private static bool TryByteOrder(ReadOnlySpan<byte> sectionHead, out bool bigEndian)
    {
        uint magic = BinaryPrimitives.ReadUInt32LittleEndian(sectionHead[8..]);
        bigEndian = magic == BinaryPrimitives.ReverseEndianness(ByteOrderMagic);
        return bigEndian || magic == ByteOrderMagic;
    }

    private bool ReadMetadataBlock(uint type, ReadOnlySpan<byte> block, out CapturedPacket packet)
    {
        packet = default;
        if (type == InterfaceDescriptionType) ReadInterface(block);
        else if (type == NameResolutionType) ReadNames(block);
        return false;
    }

    private void ReadInterface(ReadOnlySpan<byte> block)
    {
        long offset = _input.Position;
        if (block.Length < InterfaceDescriptionMinimum)
        {
            Warn(offset, CaptureFault.MalformedBlock, $"interface description block of {block.Length} bytes is too short");
            return;
        }
        var linkType = (LinkType)Read16(block[8..]);
        uint snapLength = Read32(block[12..]);
        byte tsresol = DefaultTsresol;
        long tsoffset = 0;
        string? name = null;
        for (var options = new OptionCursor(this, block[16..^4], offset); options.TryNext(out ushort code, out var value);)
        {
            if (code == IfTsresol && value.Length >= 1) tsresol = value[0];
            else if (code == IfTsoffset && value.Length >= 8) tsoffset = (long)Read64(value);
            else if (code == IfName) name = Encoding.UTF8.GetString(value.TrimEnd((byte)0));
        }
        TimestampScale? scale = TimestampScale.FromTsresol(tsresol, tsoffset);
        if (scale == null)
        {
            Warn(offset, CaptureFault.MalformedBlock, $"if_tsresol {tsresol:x2} is finer than this reader can scale; read as microseconds");
        }
        if (_interfaces.Count >= _options.MaxInterfaces)
        {
            Warn(offset, CaptureFault.MalformedBlock, $"more than {_options.MaxInterfaces} interfaces; this one is ignored");
            return;
        }
        var resolved = scale ?? TimestampScale.Microseconds.WithOffset(tsoffset);
        if (_sectionInterfaceCount == _sectionInterfaces.Length)
        {
            Array.Resize(ref _sectionInterfaces, Math.Max(4, _sectionInterfaces.Length * 2));
        }
        _sectionInterfaces[_sectionInterfaceCount] = new PcapngInterface(linkType, snapLength, resolved);
        _interfaces.Add(new CaptureInterface(_section, _sectionInterfaceCount, linkType,
            (int)Math.Min(snapLength, int.MaxValue), resolved.Digits, tsoffset, name));
        _sectionInterfaceCount++;
    }

    private void ReadNames(ReadOnlySpan<byte> block)
    {
        long offset = _input.Position;
        for (var records = new OptionCursor(this, block[8..^4], offset); records.TryNext(out ushort type, out var value);)
        {
            int addressLength = type switch { NrbIpv4 => 4, NrbIpv6 => 16, _ => 0 };
            if (addressLength == 0 || value.Length <= addressLength) continue;
            string address = new IPAddress(value[..addressLength]).ToString();
            foreach (var range in value[addressLength..].Split((byte)0))
            {
                ReadOnlySpan<byte> entry = value[addressLength..][range];
                if (entry.IsEmpty || _names.Count >= _options.MaxResolvedNames) continue;
                _names.Add(new ResolvedName(address, Encoding.UTF8.GetString(entry)));
            }
        }
    }

    private ulong Read64(ReadOnlySpan<byte> bytes) =>
        _bigEndian ? BinaryPrimitives.ReadUInt64BigEndian(bytes) : BinaryPrimitives.ReadUInt64LittleEndian(bytes);

    /// <summary>Walks pcapng options (and NRB records, which share the layout): code, length, value padded to 4.</summary>
    private ref struct OptionCursor(CaptureReader reader, ReadOnlySpan<byte> remaining, long blockOffset)
    {
        private ReadOnlySpan<byte> _remaining = remaining;

        public bool TryNext(out ushort code, out ReadOnlySpan<byte> value)
        {
            value = default;
            code = EndOfOptions;
            if (_remaining.Length < 4) return false;
            code = reader.Read16(_remaining);
            int length = reader.Read16(_remaining[2..]);
            if (code == EndOfOptions) return false;
            if (4 + length > _remaining.Length)
            {
                reader.Warn(blockOffset, CaptureFault.MalformedBlock,
                    $"option {code} of {length} bytes runs past the end of its block; the rest of the block's options were ignored");
                return false;
            }
            value = _remaining.Slice(4, length);
            _remaining = _remaining[Math.Min(_remaining.Length, 4 + ((length + 3) & ~3))..];
            return true;
        }
    }
}
