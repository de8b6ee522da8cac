using System.Text.Json;

namespace PcapSearch.Flows.Protocols;

/// <summary>
/// One flow's application-layer parser, chosen by a classifier when the flow's first payload
/// arrives. It sees each packet's captured transport payload (no TCP stream reassembly: a parser
/// that needs more than one segment keeps its own buffer, capped) and keeps only the fields it will
/// write; a field it never saw stays unset. It never throws on malformed input: it gives up.
/// </summary>
public abstract class ProtocolParser
{
    /// <summary>The ECS network.protocol value: "dns", "http", "tls", "ssh"...</summary>
    public abstract string Name { get; }

    /// <summary>Reads one packet's payload; <paramref name="fromSource"/> is the initiator's direction.</summary>
    /// <returns>false once the parser wants nothing more from this flow.</returns>
    public abstract bool Feed(ReadOnlySpan<byte> payload, bool fromSource);

    /// <summary>
    /// Read once <see cref="Feed"/> has returned false: whether the connection went on as another
    /// protocol (an HTTP CONNECT tunnel, 101 Switching Protocols), whose payloads are then classified afresh.
    /// </summary>
    public virtual bool HandsOver => false;

    /// <summary>Writes this protocol's ECS fields (dns.*, http.*, url.*, tls.*...) into the flow document's root object.</summary>
    public abstract void WriteEcs(EcsWriter ecs);

    /// <summary>Writes this protocol's ECS fields as JSON into the object <paramref name="json"/> is in.</summary>
    public void WriteEcs(Utf8JsonWriter json) => WriteEcs(new JsonEcsWriter(json));
}

/// <summary>
/// Looks at the first payload of a flow and returns a parser for it, or null when the payload is
/// not this protocol. Must be cheap: it runs for every new flow with payload.
/// </summary>
public delegate ProtocolParser? ProtocolClassifier(ReadOnlySpan<byte> payload, in FlowEndpoints endpoints, bool fromSource);

/// <summary>What a classifier may look at besides the payload.</summary>
public readonly record struct FlowEndpoints(byte Transport, ushort SourcePort, ushort DestinationPort);
