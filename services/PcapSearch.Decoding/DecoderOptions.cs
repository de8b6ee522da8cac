using PcapSearch.Decoding.Reassembly;

namespace PcapSearch.Decoding;

/// <summary>Limits the decoder works within.</summary>
public sealed record DecoderOptions
{
    /// <summary>
    /// Most headers decoded in one frame: link header, each VLAN tag and MPLS label, PPPoE, each IP
    /// header and each tunnel header. Beyond it the frame is Malformed with TooManyNestedLayers.
    /// </summary>
    public int MaxLayers { get; init; } = 16;

    /// <summary>Caps of the IP fragment table.</summary>
    public ReassemblyOptions Reassembly { get; init; } = new();
}
