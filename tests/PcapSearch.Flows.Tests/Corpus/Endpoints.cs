using System.Net;

namespace PcapSearch.Flows.Tests.Corpus;

/// <summary>A conversation's two endpoints in a canonical order, for matching flows across tools.</summary>
public readonly record struct Endpoints(string Transport, string LowIp, int LowPort, string HighIp, int HighPort)
{
    public static Endpoints Of(string transport, string ipA, int portA, string ipB, int portB)
    {
        string a = Normalise(ipA), b = Normalise(ipB);
        int order = string.CompareOrdinal(a, b);
        return order < 0 || (order == 0 && portA <= portB)
            ? new Endpoints(transport, a, portA, b, portB)
            : new Endpoints(transport, b, portB, a, portA);
    }

    public static Endpoints Of(Flow flow) => Of(Documents.EcsValues.Transport(flow.Protocol),
        flow.SourceIp.ToString(), flow.HasPorts ? flow.SourcePort : 0, flow.DestinationIp.ToString(), flow.HasPorts ? flow.DestinationPort : 0);

    public static string Normalise(string ip) => IPAddress.Parse(ip).ToString();
}
