namespace PcapSearch.Decoding;

/// <summary>IANA protocol numbers of the transports the flow engine treats specially.</summary>
public static class IpProtocol
{
    public const byte Icmp = 1;
    public const byte Tcp = 6;
    public const byte Udp = 17;
    public const byte Icmp6 = 58;
    public const byte Sctp = 132;

    public static bool HasPorts(byte protocol) => protocol is Tcp or Udp or Sctp;

    public static bool IsIcmp(byte protocol) => protocol is Icmp or Icmp6;
}
