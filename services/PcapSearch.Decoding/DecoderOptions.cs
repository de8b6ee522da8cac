using PcapSearch.Decoding.Reassembly;

namespace PcapSearch.Decoding;

/// <summary>Limits the decoder works within.</summary>
public sealed record DecoderOptions
{
    /// <summary>
    /// Most headers decoded in one frame, each counting one: link header, LLC, each VLAN tag and MPLS
    /// label, VN-Tag, 802.1ah I-TAG, FabricPath tag, PPPoE, PPP, each IP header, each transport and tunnel header. Beyond it the frame is
    /// Malformed with TooManyNestedLayers. A TCP packet in VXLAN on a VLAN takes 8.
    /// </summary>
    public int MaxLayers { get; init; } = 16;

    /// <summary>Caps of the IP fragment table.</summary>
    public ReassemblyOptions Reassembly { get; init; } = new();
}
