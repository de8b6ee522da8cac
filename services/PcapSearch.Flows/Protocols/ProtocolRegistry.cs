namespace PcapSearch.Flows.Protocols;

/// <summary>
/// The classifiers in the order they are tried. Each protocol registers itself from its own file
/// (<c>Dns.Register(registry)</c>), as Arkime's parsers do; <see cref="Default"/> holds them all.
/// </summary>
public sealed class ProtocolRegistry
{
    private readonly List<ProtocolClassifier> _classifiers = new();

    public static ProtocolRegistry Default { get; } = CreateDefault();

    /// <summary>No classifier: flows get no application-layer fields.</summary>
    public static ProtocolRegistry None { get; } = new();

    public void Add(ProtocolClassifier classifier) => _classifiers.Add(classifier);

    public ProtocolParser? Classify(ReadOnlySpan<byte> payload, in FlowEndpoints endpoints, bool fromSource)
    {
        foreach (var classifier in _classifiers)
        {
            if (classifier(payload, endpoints, fromSource) is { } parser) return parser;
        }
        return null;
    }

    private static ProtocolRegistry CreateDefault()
    {
        var registry = new ProtocolRegistry();
        BuiltInProtocols.Register(registry);
        return registry;
    }
}
