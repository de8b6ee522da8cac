namespace PcapSearch.Flows.Protocols;

/// <summary>
/// Where a flow is in application-layer inspection: not yet classified (with the payload packets
/// tried so far), being parsed, or finished.
/// </summary>
internal struct FlowInspection
{
    /// <summary>Payload packets a flow may show before it is left unclassified.</summary>
    public const int MaxClassifyAttempts = 4;

    public ProtocolParser? Parser;
    public byte Attempts;
    public bool Done;

    public void Inspect(ProtocolRegistry registry, ReadOnlySpan<byte> payload, in FlowEndpoints endpoints, bool fromSource)
    {
        if (Parser == null)
        {
            Parser = registry.Classify(payload, endpoints, fromSource);
            if (Parser == null)
            {
                Done = ++Attempts >= MaxClassifyAttempts;
                return;
            }
        }
        Done = !Parser.Feed(payload, fromSource);
    }
}
