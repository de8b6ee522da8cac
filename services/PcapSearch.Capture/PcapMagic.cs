namespace PcapSearch.Capture;

/// <summary>The pcap file magics: byte order, timestamp unit, and whether records carry the modified-pcap extra 8 bytes.</summary>
internal readonly record struct PcapMagic(bool BigEndian, bool Nanoseconds, bool Modified)
{
    /// <param name="magic">The first four bytes read little-endian.</param>
    public static bool TryParse(uint magic, out PcapMagic parsed)
    {
        parsed = magic switch
        {
            0xA1B2C3D4 => new PcapMagic(false, false, false),
            0xD4C3B2A1 => new PcapMagic(true, false, false),
            0xA1B23C4D => new PcapMagic(false, true, false),
            0x4D3CB2A1 => new PcapMagic(true, true, false),
            0xA1B2CD34 => new PcapMagic(false, false, true),
            0x34CDB2A1 => new PcapMagic(true, false, true),
            _ => default,
        };
        return magic is 0xA1B2C3D4 or 0xD4C3B2A1 or 0xA1B23C4D or 0x4D3CB2A1 or 0xA1B2CD34 or 0x34CDB2A1;
    }

    public string Describe() =>
        $"pcap ({(Modified ? "modified, " : "")}{(Nanoseconds ? "nanosecond" : "microsecond")}, {(BigEndian ? "big" : "little")}-endian)";
}
