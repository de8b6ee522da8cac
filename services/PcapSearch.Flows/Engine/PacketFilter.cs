using System.Runtime.InteropServices;
using PacketDotNet;
using PcapSearch.Capture;
using SharpPcap;
using SharpPcap.LibPcap;

namespace PcapSearch.Flows.Engine;

/// <summary>
/// A tcpdump-syntax capture filter compiled by libpcap (through SharpPcap) and run on the raw
/// frame, one compiled program per link type met in the capture.
/// </summary>
public sealed unsafe class PacketFilter : IDisposable
{
    // struct pcap_pkthdr on LP64: struct timeval (two longs), caplen, len.
    private const int HeaderSize = 24;
    private readonly Dictionary<LinkType, BpfProgram> _programs = new();
    private byte* _header = (byte*)NativeMemory.AllocZeroed(HeaderSize);

    private PacketFilter(string expression) => Expression = expression;

    public string Expression { get; }

    /// <summary>Compiles the expression for Ethernet to reject bad syntax before reading starts.</summary>
    /// <exception cref="BadFilterException">The expression is not valid tcpdump filter syntax.</exception>
    public static PacketFilter Compile(string expression)
    {
        var filter = new PacketFilter(expression);
        filter.ProgramFor(LinkType.Ethernet);
        return filter;
    }

    public bool Matches(scoped in CapturedPacket packet)
    {
        var program = ProgramFor(packet.LinkType);
        *(uint*)(_header + 16) = (uint)packet.Data.Length;
        *(uint*)(_header + 20) = (uint)packet.OriginalLength;
        fixed (byte* data = packet.Data)
        {
            return program.Matches((IntPtr)_header, (IntPtr)data);
        }
    }

    private BpfProgram ProgramFor(LinkType linkType)
    {
        if (_programs.TryGetValue(linkType, out var program)) return program;
        try
        {
            program = BpfProgram.Create(DataLinkTypeOf(linkType), Expression);
        }
        catch (PcapException e)
        {
            throw new BadFilterException($"bad filter \"{Expression}\" for link type {linkType}: {e.Message}", e);
        }
        _programs.Add(linkType, program);
        return program;
    }

    /// <summary>libpcap compiles for a DLT_ value; the file formats store LINKTYPE_ values, which differ for raw IP.</summary>
    private static LinkLayers DataLinkTypeOf(LinkType linkType) =>
        linkType is LinkType.Raw or LinkType.RawBsdOs or LinkType.RawBsd14 ? (LinkLayers)12 : (LinkLayers)(int)linkType;

    public void Dispose()
    {
        foreach (var program in _programs.Values) program.Dispose();
        _programs.Clear();
        if (_header != null) NativeMemory.Free(_header);
        _header = null;
    }
}
