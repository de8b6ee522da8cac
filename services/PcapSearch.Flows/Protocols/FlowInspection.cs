namespace PcapSearch.Flows.Protocols;

/// <summary>
/// Where a flow is in application-layer inspection: not yet classified (with the payload packets
/// tried so far), being parsed, handed over to a protocol carried inside (an HTTP CONNECT tunnel
/// carrying TLS), or finished.
/// </summary>
internal struct FlowInspection
{
    /// <summary>Payload packets a flow may show before it is left unclassified (enough for a SOCKS or STARTTLS preamble).</summary>
    public const int MaxClassifyAttempts = 16;

    public ProtocolParser? Parser;
    /// <summary>The parser that finished by handing the connection over to <see cref="Parser"/>.</summary>
    public ProtocolParser? HandedOverFrom;
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
        if (Parser.Feed(payload, fromSource)) return;
        if (Parser.HandsOver && HandedOverFrom == null)
        {
            HandedOverFrom = Parser;
            Parser = null;
            Attempts = 0;
            return;
        }
        Done = true;
    }

    /// <summary>The protocols recognised, outermost first.</summary>
    public readonly IReadOnlyList<ProtocolParser> Recognised() =>
        (HandedOverFrom, Parser) switch
        {
            (null, null) => [],
            (null, { } only) => [only],
            ({ } only, null) => [only],
            ({ } outer, { } inner) => [outer, inner],
        };
}
