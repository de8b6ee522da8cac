namespace PcapSearch.Flows.Protocols;

/// <summary>Every protocol parser that ships with PcapSearch, in classification order.</summary>
internal static class BuiltInProtocols
{
    public static void Register(ProtocolRegistry registry)
    {
    }
}
